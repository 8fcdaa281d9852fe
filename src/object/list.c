// SPDX-License-Identifier: MIT
// list: a growable array of object references, with its iterators.
#include <string.h>

#include "containers.h"
#include "genericalias.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// ---- storage -------------------------------------------------------------------

// Sets the size to newsize, reallocating with CPython's growth pattern
// (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...) so appends are amortised O(1)
// and memory use is the same as CPython's. The new slots are not initialised.
static int list_resize(KrThread *ts, KrList *l, intptr_t newsize)
{
    intptr_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    // Signed: a shrinking list (pop) must not take this branch.
    if (newsize - l->size > (intptr_t)new_allocated - newsize) {
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        new_allocated = 0;
    }
    if (new_allocated > SIZE_MAX / sizeof(KrObject *) / 2) {
        kr_err_no_memory(ts);
        return -1;
    }
    KrObject **items = l->items;
    if (new_allocated == 0) {
        kr_mem_free(ts, items);
        items = NULL;
    } else {
        items = kr_mem_realloc(ts, items, new_allocated * sizeof(KrObject *));
        if (items == NULL) {
            return -1;
        }
    }
    l->items = items;
    l->size = newsize;
    l->allocated = (intptr_t)new_allocated;
    return 0;
}

static KrObject *list_alloc(KrThread *ts, KrType *type)
{
    return kr_object_alloc(ts, type, type->basicsize);
}

KrObject *kr_list_new(KrThread *ts, intptr_t n)
{
    KrList *l = (KrList *)list_alloc(ts, &kr_list_type);
    if (l == NULL) {
        return NULL;
    }
    if (n > 0) {
        if ((size_t)n > SIZE_MAX / sizeof(KrObject *) / 2) {
            KR_DECREF(ts, l);
            return kr_err_no_memory(ts);
        }
        l->items = kr_mem_alloc(ts, (size_t)n * sizeof(KrObject *));
        if (l->items == NULL) {
            KR_DECREF(ts, l);
            return NULL;
        }
        memset(l->items, 0, (size_t)n * sizeof(KrObject *));
        l->size = l->allocated = n;
    }
    return (KrObject *)l;
}

KrObject *kr_list_from_array(KrThread *ts, KrObject *const *items, intptr_t n)
{
    KrObject *l = kr_list_new(ts, n);
    if (l == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        KR_LIST_ITEMS(l)[i] = KR_INCREF(items[i]);
    }
    return l;
}

int kr_list_append(KrThread *ts, KrObject *list, KrObject *item)
{
    KrList *l = (KrList *)list;
    intptr_t n = l->size;
    if (n < l->allocated) {
        l->items[n] = KR_INCREF(item);
        l->size = n + 1;
        return 0;
    }
    if (list_resize(ts, l, n + 1) < 0) {
        return -1;
    }
    l->items[n] = KR_INCREF(item);
    return 0;
}

// CPython's list_preallocate_exact: a list without storage that is about to
// receive n items gets exactly n slots (rounded up to even), not the growth
// pattern's, so list(range(3)) takes as much memory as in CPython.
static int preallocate_exact(KrThread *ts, KrList *l, intptr_t n)
{
    size_t alloc = ((size_t)n + 1) & ~(size_t)1;
    if (l->items || n <= 0 || alloc > SIZE_MAX / sizeof(KrObject *) / 2) {
        return 0;
    }
    l->items = kr_mem_alloc(ts, alloc * sizeof(KrObject *));
    if (!l->items) {
        return -1;
    }
    l->allocated = (intptr_t)alloc;
    return 0;
}

int kr_list_extend(KrThread *ts, KrObject *list, KrObject *iterable)
{
    KrList *l = (KrList *)list;
    // Subclasses go through their (maybe overridden) __iter__, as in CPython.
    if (KR_TYPE(iterable) == &kr_list_type || KR_TYPE(iterable) == &kr_tuple_type || iterable == list) {
        intptr_t n = kr_list_check(iterable) ? KR_LIST_SIZE(iterable) : KR_TUPLE_SIZE(iterable);
        if (n == 0) {
            return 0;
        }
        intptr_t m = l->size;
        if ((iterable != list && preallocate_exact(ts, l, n) < 0) || m > INTPTR_MAX - n ||
            list_resize(ts, l, m + n) < 0) {
            if (!kr_err_occurred(ts)) {
                kr_err_no_memory(ts);
            }
            return -1;
        }
        // Read the source after the resize: it may be this very list.
        KrObject **src = kr_list_check(iterable) ? KR_LIST_ITEMS(iterable) : KR_TUPLE_ITEMS(iterable);
        for (intptr_t i = 0; i < n; i++) {
            l->items[m + i] = KR_INCREF(src[i]);
        }
        return 0;
    }
    // A builtin sized iterable (range, str, dict...) tells how many items come.
    KrType *t = KR_TYPE(iterable);
    if (t->len && !(t->flags & KR_TYPE_HEAP)) {
        intptr_t n = t->len(ts, iterable), m = l->size;
        if (n < 0) {
            kr_err_clear(ts);
        } else if (!l->items) {
            if (preallocate_exact(ts, l, n) < 0) {
                return -1;
            }
        } else if (n > 0 && n <= INTPTR_MAX - m) {
            // Room for all of them at once, as CPython's list_extend.
            if (list_resize(ts, l, m + n) < 0) {
                return -1;
            }
            l->size = m;
        }
    }
    KrObject *it = kr_iter(ts, iterable);
    if (it == NULL) {
        return -1;
    }
    for (;;) {
        KrObject *item = kr_next(ts, it);
        if (item == NULL) {
            break;
        }
        int rc = kr_list_append(ts, list, item);
        KR_DECREF(ts, item);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return kr_err_occurred(ts) ? -1 : 0;
}

KrObject *kr_list_from_iterable(KrThread *ts, KrObject *iterable)
{
    KrObject *l = kr_list_new(ts, 0);
    if (l == NULL) {
        return NULL;
    }
    if (kr_list_extend(ts, l, iterable) < 0) {
        KR_DECREF(ts, l);
        return NULL;
    }
    return l;
}

static void reverse_items(KrObject **lo, KrObject **hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        KrObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

int kr_list_reverse(KrThread *ts, KrObject *list)
{
    (void)ts;
    KrList *l = (KrList *)list;
    if (l->size > 1) {
        reverse_items(l->items, l->items + l->size);
    }
    return 0;
}

KrObject *kr_list_as_tuple(KrThread *ts, KrObject *list)
{
    return kr_tuple_from_array(ts, KR_LIST_ITEMS(list), KR_LIST_SIZE(list));
}

// Empties the list. The items are released only after the list is empty,
// since their finalizers may look at it.
static int list_clear_items(KrThread *ts, KrList *l)
{
    KrObject **items = l->items;
    intptr_t n = l->size;
    // Clearing an empty list changes nothing (a sort in progress, whose
    // allocated == -1 marks it, must not see a modification).
    if (items == NULL) {
        return 0;
    }
    l->items = NULL;
    l->size = 0;
    l->allocated = 0;
    while (--n >= 0) {
        KR_XDECREF(ts, items[n]);
    }
    kr_mem_free(ts, items);
    return 0;
}

// a[ilow:ihigh] = v (v NULL deletes), as CPython's list_ass_slice. The
// replaced items are released last, once the list is consistent again.
static int list_ass_slice(KrThread *ts, KrList *a, intptr_t ilow, intptr_t ihigh, KrObject *v)
{
    KrObject *seq = NULL;
    KrObject **vitems = NULL;
    intptr_t n = 0;
    if (v != NULL) {
        if (v == (KrObject *)a || !(kr_list_check(v) || kr_tuple_check(v))) {
            if (KR_TYPE(v)->iter == NULL && KR_TYPE(v)->getitem == NULL) {
                kr_err_set_str(ts, &kr_exc_TypeError, "can only assign an iterable");
                return -1;
            }
            seq = kr_list_from_iterable(ts, v);
            if (seq == NULL) {
                return -1;
            }
        } else {
            seq = KR_INCREF(v);
        }
        if (kr_list_check(seq)) {
            vitems = KR_LIST_ITEMS(seq);
            n = KR_LIST_SIZE(seq);
        } else {
            vitems = KR_TUPLE_ITEMS(seq);
            n = KR_TUPLE_SIZE(seq);
        }
    }
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > a->size) {
        ilow = a->size;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > a->size) {
        ihigh = a->size;
    }
    intptr_t norig = ihigh - ilow;
    intptr_t d = n - norig;
    if (a->size + d == 0) {
        KR_XDECREF(ts, seq);
        return list_clear_items(ts, a);
    }
    KrObject **recycle = NULL;
    if (norig > 0) {
        recycle = kr_mem_alloc(ts, (size_t)norig * sizeof(KrObject *));
        if (recycle == NULL) {
            KR_XDECREF(ts, seq);
            return -1;
        }
        memcpy(recycle, a->items + ilow, (size_t)norig * sizeof(KrObject *));
    }
    intptr_t oldsize = a->size;
    if (d < 0) {
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(oldsize - ihigh) * sizeof(KrObject *));
        // Shrinking cannot fail in a way that matters: keep the old block if it does.
        if (list_resize(ts, a, oldsize + d) < 0) {
            kr_err_clear(ts);
            a->size = oldsize + d;
        }
    } else if (d > 0) {
        if (list_resize(ts, a, oldsize + d) < 0) {
            kr_mem_free(ts, recycle);
            KR_XDECREF(ts, seq);
            return -1;
        }
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(oldsize - ihigh) * sizeof(KrObject *));
    }
    for (intptr_t k = 0; k < n; k++) {
        a->items[ilow + k] = KR_INCREF(vitems[k]);
    }
    for (intptr_t k = norig - 1; k >= 0; k--) {
        KR_XDECREF(ts, recycle[k]);
    }
    kr_mem_free(ts, recycle);
    KR_XDECREF(ts, seq);
    return 0;
}

// ---- slots ---------------------------------------------------------------------

static void list_dealloc(KrThread *ts, KrObject *self)
{
    KrList *l = (KrList *)self;
    for (intptr_t i = l->size - 1; i >= 0; i--) {
        KR_XDECREF(ts, l->items[i]);
    }
    kr_mem_free(ts, l->items);
    kr_object_free(ts, self);
}

static void list_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrList *l = (KrList *)self;
    // Last item first, as CPython: gc.get_referents shows this order.
    for (intptr_t i = l->size - 1; i >= 0; i--) {
        if (l->items[i] != NULL) {
            visit(ts, l->items[i], arg);
        }
    }
}

static int list_clear_slot(KrThread *ts, KrObject *self)
{
    return list_clear_items(ts, (KrList *)self);
}

static KrObject *list_repr(KrThread *ts, KrObject *self)
{
    KrList *l = (KrList *)self;
    if (l->size == 0) {
        return kr_str_from_cstr(ts, "[]");
    }
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running > 0 ? kr_str_from_cstr(ts, "[...]") : NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_char(ts, &sb, '[');
    // The list may change while an item's repr runs: re-check the size.
    for (intptr_t i = 0; i < l->size; i++) {
        if (i > 0) {
            kr_sb_add_cstr(ts, &sb, ", ");
        }
        KrObject *item = KR_INCREF(l->items[i]);
        KrObject *r = kr_repr(ts, item);
        KR_DECREF(ts, item);
        if (r == NULL) {
            kr_sb_discard(ts, &sb);
            kr_repr_leave(ts, self);
            return NULL;
        }
        kr_sb_add_str(ts, &sb, r);
        KR_DECREF(ts, r);
    }
    kr_sb_add_char(ts, &sb, ']');
    kr_repr_leave(ts, self);
    return kr_sb_finish(ts, &sb);
}

static KrObject *compare_sizes(intptr_t a, intptr_t b, int op)
{
    bool r = false;
    switch (op) {
    case KR_LT: r = a < b; break;
    case KR_LE: r = a <= b; break;
    case KR_EQ: r = a == b; break;
    case KR_NE: r = a != b; break;
    case KR_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return kr_bool_from(r);
}

static KrObject *list_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_list_check(a) || !kr_list_check(b)) {
        return KR_NOTIMPL;
    }
    KrList *v = (KrList *)a, *w = (KrList *)b;
    if (v->size != w->size && (op == KR_EQ || op == KR_NE)) {
        return kr_bool_from(op == KR_NE);
    }
    intptr_t i = 0;
    for (; i < v->size && i < w->size; i++) {
        KrObject *x = v->items[i], *y = w->items[i];
        if (x == y) {
            continue;
        }
        KR_INCREF(x);
        KR_INCREF(y);
        int k = kr_equal(ts, x, y);
        KR_DECREF(ts, x);
        KR_DECREF(ts, y);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= v->size || i >= w->size) {
        return compare_sizes(v->size, w->size, op);
    }
    if (op == KR_EQ) {
        return kr_bool_from(false);
    }
    if (op == KR_NE) {
        return kr_bool_from(true);
    }
    KrObject *x = KR_INCREF(v->items[i]), *y = KR_INCREF(w->items[i]);
    KrObject *res = kr_compare(ts, x, y, op);
    KR_DECREF(ts, x);
    KR_DECREF(ts, y);
    return res;
}

static intptr_t list_len(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_LIST_SIZE(self);
}

// Normalises an index for item access; -1 with IndexError(msg) when out of range.
static intptr_t list_index_of(KrThread *ts, KrList *l, KrObject *key, const char *msg)
{
    intptr_t i = kr_slice_as_ssize(ts, key, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (i < 0) {
        i += l->size;
    }
    if (i < 0 || i >= l->size) {
        kr_err_set_str(ts, &kr_exc_IndexError, msg);
        return -1;
    }
    return i;
}

static KrObject *list_getitem(KrThread *ts, KrObject *self, KrObject *key)
{
    KrList *l = (KrList *)self;
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = list_index_of(ts, l, key, "list index out of range");
        return i < 0 ? NULL : KR_INCREF(l->items[i]);
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, l->size, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            return kr_list_from_array(ts, l->items + start, n);
        }
        KrObject *res = kr_list_new(ts, n);
        if (res == NULL) {
            return NULL;
        }
        for (intptr_t i = 0, j = start; i < n; i++, j += step) {
            KR_LIST_ITEMS(res)[i] = KR_INCREF(l->items[j]);
        }
        return res;
    }
    kr_err_format(ts, &kr_exc_TypeError, "list indices must be integers or slices, not %T", key);
    return NULL;
}

// del a[start::step] with step != 1: compacts the survivors in one pass.
static int list_del_extended(KrThread *ts, KrList *l, intptr_t start, intptr_t step, intptr_t n)
{
    if (n <= 0) {
        return 0;
    }
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    KrObject **garbage = kr_mem_alloc(ts, (size_t)n * sizeof(KrObject *));
    if (garbage == NULL) {
        return -1;
    }
    intptr_t g = 0, j = start;
    for (intptr_t i = start; i < l->size; i++) {
        if (g < n && i == start + g * step) {
            garbage[g++] = l->items[i];
        } else {
            l->items[j++] = l->items[i];
        }
    }
    intptr_t newsize = l->size - n;
    if (list_resize(ts, l, newsize) < 0) {
        kr_err_clear(ts);
        l->size = newsize;
    }
    for (g = 0; g < n; g++) {
        KR_DECREF(ts, garbage[g]);
    }
    kr_mem_free(ts, garbage);
    return 0;
}

static int list_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value)
{
    KrList *l = (KrList *)self;
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = list_index_of(ts, l, key, "list assignment index out of range");
        if (i < 0) {
            return -1;
        }
        if (value == NULL) {
            return list_ass_slice(ts, l, i, i + 1, NULL);
        }
        KR_SETREF(ts, l->items[i], KR_INCREF(value));
        return 0;
    }
    if (KR_TYPE(key) != &kr_slice_type) {
        kr_err_format(ts, &kr_exc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    intptr_t start, stop, step;
    intptr_t n = kr_slice_indices(ts, key, l->size, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (step == 1) {
        return list_ass_slice(ts, l, start, stop, value);
    }
    if (value == NULL) {
        return list_del_extended(ts, l, start, step, n);
    }
    KrObject *seq;
    if (value == self || !(kr_list_check(value) || kr_tuple_check(value))) {
        if (KR_TYPE(value)->iter == NULL && KR_TYPE(value)->getitem == NULL) {
            kr_err_set_str(ts, &kr_exc_TypeError, "must assign iterable to extended slice");
            return -1;
        }
        seq = kr_list_from_iterable(ts, value);
        if (seq == NULL) {
            return -1;
        }
    } else {
        seq = KR_INCREF(value);
    }
    intptr_t m = kr_list_check(seq) ? KR_LIST_SIZE(seq) : KR_TUPLE_SIZE(seq);
    KrObject **src = kr_list_check(seq) ? KR_LIST_ITEMS(seq) : KR_TUPLE_ITEMS(seq);
    if (m != n) {
        kr_err_format(ts, &kr_exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                      (intptr_t)m, (intptr_t)n);
        KR_DECREF(ts, seq);
        return -1;
    }
    if (n == 0) {
        KR_DECREF(ts, seq);
        return 0;
    }
    KrObject **garbage = kr_mem_alloc(ts, (size_t)n * sizeof(KrObject *));
    if (garbage == NULL) {
        KR_DECREF(ts, seq);
        return -1;
    }
    for (intptr_t i = 0, j = start; i < n; i++, j += step) {
        garbage[i] = l->items[j];
        l->items[j] = KR_INCREF(src[i]);
    }
    for (intptr_t i = 0; i < n; i++) {
        KR_DECREF(ts, garbage[i]);
    }
    kr_mem_free(ts, garbage);
    KR_DECREF(ts, seq);
    return 0;
}

static int list_contains(KrThread *ts, KrObject *self, KrObject *value)
{
    KrList *l = (KrList *)self;
    for (intptr_t i = 0; i < l->size; i++) {
        KrObject *item = KR_INCREF(l->items[i]);
        int k = kr_equal(ts, item, value);
        KR_DECREF(ts, item);
        if (k != 0) {
            return k;
        }
    }
    return 0;
}

// list + list. Builtin right operands get CPython's sq_concat message; a class
// might still implement __radd__, so it gets NotImplemented instead.
static KrObject *list_add(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_list_check(a)) {
        return KR_NOTIMPL;
    }
    if (!kr_list_check(b)) {
        if ((KR_TYPE(b)->flags & KR_TYPE_HEAP) && KR_TYPE(b)->nb[KR_BINOP_ADD] != NULL) {
            return KR_NOTIMPL;
        }
        kr_err_format(ts, &kr_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                      KR_TYPE(b)->name);
        return NULL;
    }
    intptr_t na = KR_LIST_SIZE(a), nb = KR_LIST_SIZE(b);
    if (na > INTPTR_MAX - nb) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_list_new(ts, na + nb);
    if (res == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < na; i++) {
        KR_LIST_ITEMS(res)[i] = KR_INCREF(KR_LIST_ITEMS(a)[i]);
    }
    for (intptr_t i = 0; i < nb; i++) {
        KR_LIST_ITEMS(res)[na + i] = KR_INCREF(KR_LIST_ITEMS(b)[i]);
    }
    return res;
}

// The repeat count of seq * n / n * seq; -1 with an exception, or -2 for
// NotImplemented (a class operand that may handle the operation itself).
static intptr_t repeat_count(KrThread *ts, KrObject *count, bool *notimpl)
{
    *notimpl = false;
    if (!KR_INDEX_CHECK(count)) {
        if ((KR_TYPE(count)->flags & KR_TYPE_HEAP) && KR_TYPE(count)->nb[KR_BINOP_MULTIPLY] != NULL) {
            *notimpl = true;
            return -1;
        }
        kr_err_format(ts, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      kr_type_name_cstr(KR_TYPE(count)));
        return -1;
    }
    intptr_t n = kr_slice_as_ssize(ts, count, &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    return n < 0 ? 0 : n;
}

static KrObject *list_multiply(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *seq = a, *count = b;
    if (!kr_list_check(a)) {
        seq = b;
        count = a;
    }
    bool notimpl;
    intptr_t n = repeat_count(ts, count, &notimpl);
    if (n < 0) {
        return notimpl ? KR_NOTIMPL : NULL;
    }
    intptr_t size = KR_LIST_SIZE(seq);
    if (n == 0 || size == 0) {
        return kr_list_new(ts, 0);
    }
    if (size > INTPTR_MAX / n) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_list_new(ts, size * n);
    if (res == NULL) {
        return NULL;
    }
    KrObject **dst = KR_LIST_ITEMS(res), **src = KR_LIST_ITEMS(seq);
    for (intptr_t r = 0, k = 0; r < n; r++) {
        for (intptr_t i = 0; i < size; i++) {
            dst[k++] = KR_INCREF(src[i]);
        }
    }
    return res;
}

static KrObject *list_inplace_add(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_list_check(a)) {
        return KR_NOTIMPL;
    }
    if (kr_list_extend(ts, a, b) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

static KrObject *list_inplace_multiply(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_list_check(a)) {
        return KR_NOTIMPL;
    }
    bool notimpl;
    intptr_t n = repeat_count(ts, b, &notimpl);
    if (n < 0) {
        return notimpl ? KR_NOTIMPL : NULL;
    }
    KrList *l = (KrList *)a;
    intptr_t size = l->size;
    if (n == 0 || size == 0) {
        list_clear_items(ts, l);
        return KR_INCREF(a);
    }
    if (n == 1) {
        return KR_INCREF(a);
    }
    if (size > INTPTR_MAX / n || list_resize(ts, l, size * n) < 0) {
        if (!kr_err_occurred(ts)) {
            kr_err_no_memory(ts);
        }
        return NULL;
    }
    for (intptr_t r = 1; r < n; r++) {
        for (intptr_t i = 0; i < size; i++) {
            l->items[r * size + i] = KR_INCREF(l->items[i]);
        }
    }
    return KR_INCREF(a);
}

static KrObject *list_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return list_alloc(ts, type);
}

// list.__init__(iterable=()): empties the list, then extends it.
static int list_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (KR_LIST_SIZE(self) > 0) {
        list_clear_items(ts, (KrList *)self);
    }
    if (nargs == 1) {
        return kr_list_extend(ts, self, args[0]);
    }
    return 0;
}

static KrObject *list_iter(KrThread *ts, KrObject *self);

// ---- methods -------------------------------------------------------------------

static KrObject *list_append_method(KrThread *ts, KrObject *self, KrObject *item)
{
    if (kr_list_append(ts, self, item) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *list_extend_method(KrThread *ts, KrObject *self, KrObject *iterable)
{
    if (kr_list_extend(ts, self, iterable) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *list_insert(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "insert", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KrList *l = (KrList *)self;
    intptr_t where = kr_slice_ssize_arg(ts, args[0]);
    if (where == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    intptr_t n = l->size;
    if (list_resize(ts, l, n + 1) < 0) {
        return NULL;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(KrObject *));
    l->items[where] = KR_INCREF(args[1]);
    KR_RETURN_NONE;
}

static KrObject *list_pop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "pop", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    KrList *l = (KrList *)self;
    intptr_t i = -1;
    if (nargs == 1) {
        i = kr_slice_ssize_arg(ts, args[0]);
        if (i == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    if (l->size == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0) {
        i += l->size;
    }
    if (i < 0 || i >= l->size) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop index out of range");
        return NULL;
    }
    KrObject *item = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(KrObject *));
    if (list_resize(ts, l, l->size - 1) < 0) {
        kr_err_clear(ts);
        l->size--;
    }
    return item;
}

static KrObject *list_remove(KrThread *ts, KrObject *self, KrObject *value)
{
    KrList *l = (KrList *)self;
    for (intptr_t i = 0; i < l->size; i++) {
        KrObject *item = KR_INCREF(l->items[i]);
        int k = kr_equal(ts, item, value);
        KR_DECREF(ts, item);
        if (k < 0) {
            return NULL;
        }
        if (k > 0) {
            if (list_ass_slice(ts, l, i, i + 1, NULL) < 0) {
                return NULL;
            }
            KR_RETURN_NONE;
        }
    }
    kr_err_set_str(ts, &kr_exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static KrObject *list_index(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "index", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    KrList *l = (KrList *)self;
    intptr_t start = 0, stop = INTPTR_MAX;
    if ((nargs > 1 && kr_slice_index_not_none(ts, args[1], &start) < 0) ||
        (nargs > 2 && kr_slice_index_not_none(ts, args[2], &stop) < 0)) {
        return NULL;
    }
    if (start < 0) {
        start += l->size;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += l->size;
    }
    for (intptr_t i = start; i < stop && i < l->size; i++) {
        KrObject *item = KR_INCREF(l->items[i]);
        int k = kr_equal(ts, item, args[0]);
        KR_DECREF(ts, item);
        if (k < 0) {
            return NULL;
        }
        if (k > 0) {
            return kr_int_from_i64(ts, i);
        }
    }
    kr_err_format(ts, &kr_exc_ValueError, "%R is not in list", args[0]);
    return NULL;
}

static KrObject *list_count(KrThread *ts, KrObject *self, KrObject *value)
{
    KrList *l = (KrList *)self;
    intptr_t count = 0;
    for (intptr_t i = 0; i < l->size; i++) {
        KrObject *item = KR_INCREF(l->items[i]);
        int k = kr_equal(ts, item, value);
        KR_DECREF(ts, item);
        if (k < 0) {
            return NULL;
        }
        count += k;
    }
    return kr_int_from_i64(ts, count);
}

static KrObject *list_clear_method(KrThread *ts, KrObject *self)
{
    list_clear_items(ts, (KrList *)self);
    KR_RETURN_NONE;
}

static KrObject *list_copy(KrThread *ts, KrObject *self)
{
    return kr_list_from_array(ts, KR_LIST_ITEMS(self), KR_LIST_SIZE(self));
}

static KrObject *list_reverse_method(KrThread *ts, KrObject *self)
{
    kr_list_reverse(ts, self);
    KR_RETURN_NONE;
}

static KrObject *list_sort_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (nargs > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    if (kr_parse_args(ts, "sort", args, nargs, kwnames, names, 0, 0, 0, argv) < 0) {
        return NULL;
    }
    int reverse = 0;
    if (argv[1] != NULL && kr_index_as_int(ts, argv[1], &reverse) < 0) {
        return NULL;
    }
    KrObject *key = argv[0] == KR_NONE ? NULL : argv[0];
    if (kr_list_sort(ts, self, key, reverse != 0) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *list_reversed(KrThread *ts, KrObject *self);

static const KrMethodDef list_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"append", (void *)list_append_method, KR_METH_O, false, false, "Append object to the end of the list."},
    {"extend", (void *)list_extend_method, KR_METH_O, false, false,
     "Extend list by appending elements from the iterable."},
    {"insert", (void *)list_insert, KR_METH_VARARGS, false, false, "Insert object before index."},
    {"pop", (void *)list_pop, KR_METH_VARARGS, false, false,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", (void *)list_remove, KR_METH_O, false, false,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", (void *)list_index, KR_METH_VARARGS, false, false,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", (void *)list_count, KR_METH_O, false, false, "Return number of occurrences of value."},
    {"clear", (void *)list_clear_method, KR_METH_NOARGS, false, false, "Remove all items from list."},
    {"copy", (void *)list_copy, KR_METH_NOARGS, false, false, "Return a shallow copy of the list."},
    {"reverse", (void *)list_reverse_method, KR_METH_NOARGS, false, false, "Reverse *IN PLACE*."},
    {"sort", (void *)list_sort_method, KR_METH_VARARGS, false, false,
     "Sort the list in ascending order and return None."},
    {"__reversed__", (void *)list_reversed, KR_METH_NOARGS, false, false,
     "Return a reverse iterator over the list."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_list_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "list",
    .basicsize = sizeof(KrList),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_LIST_SUBCLASS | KR_TYPE_SEQUENCE | KR_TYPE_MATCH_SELF | KR_TYPE_CONCAT,
    .base_type = &kr_object_type,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = list_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .nb = {[KR_BINOP_ADD] = list_add, [KR_BINOP_MULTIPLY] = list_multiply},
    .nb_inplace = {[KR_BINOP_ADD] = list_inplace_add, [KR_BINOP_MULTIPLY] = list_inplace_multiply},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
};

// ---- iterators -------------------------------------------------------------------

// Both iterators: `seq` is dropped once exhausted. The forward one counts
// up from 0, the reverse one down from size - 1.
static KrObject *list_iter(KrThread *ts, KrObject *self)
{
    return kr_seqiter_make(ts, &kr_list_iter_type, self, 0);
}

static KrObject *list_reversed(KrThread *ts, KrObject *self)
{
    return kr_seqiter_make(ts, &kr_list_reviter_type, self, KR_LIST_SIZE(self) - 1);
}

static KrObject *listiter_next(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index < KR_LIST_SIZE(it->seq)) {
        return KR_INCREF(KR_LIST_ITEMS(it->seq)[it->index++]);
    }
    KR_CLEAR(ts, it->seq);
    return NULL;
}

static KrObject *listiter_length_hint(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t n = 0;
    if (it->seq != NULL && it->index < KR_LIST_SIZE(it->seq)) {
        n = KR_LIST_SIZE(it->seq) - it->index;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *listreviter_next(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index >= 0 && it->index < KR_LIST_SIZE(it->seq)) {
        return KR_INCREF(KR_LIST_ITEMS(it->seq)[it->index--]);
    }
    it->index = -1;
    KR_CLEAR(ts, it->seq);
    return NULL;
}

static KrObject *listreviter_length_hint(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t n = 0;
    if (it->seq != NULL && it->index < KR_LIST_SIZE(it->seq)) {
        n = it->index + 1;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *listiter_reduce(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    return kr_seqiter_reduce(ts, NULL, it->seq, it->index, false);
}

static KrObject *listreviter_reduce(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    return kr_seqiter_reduce(ts, (KrObject *)&kr_reversed_type, it->seq, it->index, false);
}

// __setstate__(index) of both iterators: clamped into the list as it is now.
static KrObject *listiter_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    KrSeqIter *it = (KrSeqIter *)self;
    bool reverse = KR_TYPE(self) == &kr_list_reviter_type;
    intptr_t size = it->seq != NULL ? KR_LIST_SIZE(it->seq) : 0;
    intptr_t index;
    if (kr_seqiter_state_index(ts, state, reverse ? -1 : 0, reverse ? size - 1 : size, &index) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = index;
    }
    return KR_INCREF(KR_NONE);
}

static const KrMethodDef listiter_methods[] = {
    {"__length_hint__", (void *)listiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)listiter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)listiter_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef listreviter_methods[] = {
    {"__length_hint__", (void *)listreviter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)listreviter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)listiter_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_list_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "list_iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .iter = kr_iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

KrType kr_list_reviter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .iter = kr_iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};
