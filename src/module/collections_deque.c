// SPDX-License-Identifier: MIT
// collections.deque: a double-ended queue over a linked list of blocks.
#include "../object/containers.h"
#include "../object/genericalias.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "collections.h"
#include "modsupport.h"

static KrObject *deque_iter(KrThread *ts, KrObject *self);
KrObject *kr_collections_deque_reversed(KrThread *ts, KrObject *self);

static KrDequeBlock *block_new(KrThread *ts) {
    KrDequeBlock *b = kr_mem_alloc(ts, sizeof(KrDequeBlock));
    if (b) {
        b->left = b->right = NULL;
    }
    return b;
}

static bool is_deque(KrObject *o) {
    return kr_isinstance_type(o, &kr_collections_deque_type);
}

// ---- the two ends -----------------------------------------------------------------

// Appends without the maxlen check (steals item); -1 on MemoryError.
static int push_right(KrThread *ts, KrDeque *d, KrObject *item) {
    if (d->rightindex == KR_DEQUE_BLOCK - 1) {
        KrDequeBlock *b = block_new(ts);
        if (!b) {
            KR_DECREF(ts, item);
            return -1;
        }
        b->left = d->rightblock;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->rightblock->items[++d->rightindex] = item;
    d->len++;
    d->state++;
    return 0;
}

static int push_left(KrThread *ts, KrDeque *d, KrObject *item) {
    if (d->leftindex == 0) {
        KrDequeBlock *b = block_new(ts);
        if (!b) {
            KR_DECREF(ts, item);
            return -1;
        }
        b->right = d->leftblock;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = KR_DEQUE_BLOCK;
    }
    d->leftblock->items[--d->leftindex] = item;
    d->len++;
    d->state++;
    return 0;
}

// An empty deque recentres its only block, so it can grow either way.
static void recentre(KrDeque *d) {
    if (d->len == 0) {
        d->leftindex = KR_DEQUE_CENTER + 1;
        d->rightindex = KR_DEQUE_CENTER;
    }
}

// Removes and returns the last item (the caller checked len > 0).
static KrObject *take_right(KrThread *ts, KrDeque *d) {
    KrObject *item = d->rightblock->items[d->rightindex--];
    d->len--;
    d->state++;
    if (d->rightindex < 0 && d->len > 0) {
        KrDequeBlock *old = d->rightblock;
        d->rightblock = old->left;
        d->rightblock->right = NULL;
        d->rightindex = KR_DEQUE_BLOCK - 1;
        kr_mem_free(ts, old);
    }
    recentre(d);
    return item;
}

static KrObject *take_left(KrThread *ts, KrDeque *d) {
    KrObject *item = d->leftblock->items[d->leftindex++];
    d->len--;
    d->state++;
    if (d->leftindex == KR_DEQUE_BLOCK && d->len > 0) {
        KrDequeBlock *old = d->leftblock;
        d->leftblock = old->right;
        d->leftblock->left = NULL;
        d->leftindex = 0;
        kr_mem_free(ts, old);
    }
    recentre(d);
    return item;
}

// append/appendleft with the maxlen trim on the other end (steals item).
static int deque_add(KrThread *ts, KrDeque *d, KrObject *item, bool left) {
    if (d->maxlen == 0) {
        KR_DECREF(ts, item);
        return 0;
    }
    if ((left ? push_left : push_right)(ts, d, item) < 0) {
        return -1;
    }
    if (d->maxlen >= 0 && d->len > d->maxlen) {
        KrObject *gone = left ? take_right(ts, d) : take_left(ts, d);
        KR_DECREF(ts, gone);
    }
    return 0;
}

// The slot of item i (0 <= i < len), walking from the nearer end.
static KrObject **slot_at(KrDeque *d, intptr_t i) {
    if (i < d->len / 2) {
        intptr_t off = d->leftindex + i;
        KrDequeBlock *b = d->leftblock;
        for (; off >= KR_DEQUE_BLOCK; off -= KR_DEQUE_BLOCK) {
            b = b->right;
        }
        return &b->items[off];
    }
    intptr_t off = (KR_DEQUE_BLOCK - 1 - d->rightindex) + (d->len - 1 - i);
    KrDequeBlock *b = d->rightblock;
    for (; off >= KR_DEQUE_BLOCK; off -= KR_DEQUE_BLOCK) {
        b = b->left;
    }
    return &b->items[KR_DEQUE_BLOCK - 1 - off];
}

// Moves n items from the right end to the left (n < 0: the other way).
// Items keep their references; only the structure changes.
static int rotate(KrThread *ts, KrDeque *d, intptr_t n) {
    intptr_t len = d->len;
    if (len <= 1) {
        return 0;
    }
    n %= len;
    if (n > len / 2) {
        n -= len;
    } else if (n < -len / 2) {
        n += len;
    }
    for (; n > 0; n--) {
        KrObject *x = take_right(ts, d);
        if (push_left(ts, d, KR_INCREF(x)) < 0) {
            push_right(ts, d, x);
            return -1;
        }
        KR_DECREF(ts, x);
    }
    for (; n < 0; n++) {
        KrObject *x = take_left(ts, d);
        if (push_right(ts, d, KR_INCREF(x)) < 0) {
            push_left(ts, d, x);
            return -1;
        }
        KR_DECREF(ts, x);
    }
    return 0;
}

// Drops every item. The blocks are detached first, since dropping an item
// may run code that touches the deque.
static void deque_clear_items(KrThread *ts, KrDeque *d) {
    if (d->len == 0) {
        return;
    }
    KrDequeBlock *fresh = block_new(ts);
    if (!fresh) {
        kr_err_clear(ts);
        while (d->len > 0) {
            KrObject *x = take_right(ts, d);
            KR_DECREF(ts, x);
        }
        return;
    }
    KrDequeBlock *b = d->leftblock;
    intptr_t i = d->leftindex, n = d->len;
    d->leftblock = d->rightblock = fresh;
    d->len = 0;
    d->state++;
    recentre(d);
    while (n > 0) {
        KrObject *x = b->items[i++];
        n--;
        if (i == KR_DEQUE_BLOCK || n == 0) {
            KrDequeBlock *next = b->right;
            kr_mem_free(ts, b);
            b = next;
            i = 0;
        }
        KR_DECREF(ts, x);
    }
}

// ---- construction -----------------------------------------------------------------

static KrObject *deque_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    KrDeque *d = (KrDeque *)kr_object_alloc(ts, type, type->basicsize);
    if (!d) {
        return NULL;
    }
    d->maxlen = -1;
    if (!(d->leftblock = d->rightblock = block_new(ts))) {
        KR_DECREF(ts, d);
        return NULL;
    }
    recentre(d);
    return (KrObject *)d;
}

// Appends every item of `iterable` on one side (self-extension copies first).
static int deque_extend_side(KrThread *ts, KrDeque *d, KrObject *iterable, bool left) {
    KrObject *src = NULL;
    if (iterable == (KrObject *)d) {
        if (!(src = kr_list_from_iterable(ts, iterable))) {
            return -1;
        }
        iterable = src;
    }
    KrObject *it = kr_iter(ts, iterable);
    KR_XDECREF(ts, src);
    if (!it) {
        return -1;
    }
    for (;;) {
        KrObject *x = kr_next(ts, it);
        if (!x || deque_add(ts, d, x, left) < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return kr_err_occurred(ts) ? -1 : 0;
}

static int deque_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    KrObject *argv[2];
    KrDeque *d = (KrDeque *)self;
    if (kr_modsupport_parse_old(ts, "deque", args, nargs, kwnames, names, 0, argv) < 0) {
        return -1;
    }
    intptr_t maxlen = -1;
    if (argv[1] && argv[1] != KR_NONE) {
        if (!kr_int_check(argv[1])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = kr_int_as_ssize(ts, argv[1]);
        if (maxlen == -1 && kr_err_occurred(ts)) {
            return -1;
        }
        if (maxlen < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    deque_clear_items(ts, d);
    return argv[0] ? deque_extend_side(ts, d, argv[0], false) : 0;
}

// A copy: a plain deque copies directly, a subclass is called as type(d)(d, maxlen).
static KrObject *deque_copy(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    if (KR_TYPE(self) == &kr_collections_deque_type) {
        KrDeque *c = (KrDeque *)deque_new(ts, &kr_collections_deque_type, NULL, 0, NULL);
        if (!c) {
            return NULL;
        }
        c->maxlen = d->maxlen;
        if (deque_extend_side(ts, c, self, false) < 0) {
            KR_DECREF(ts, c);
            return NULL;
        }
        return (KrObject *)c;
    }
    if (d->maxlen < 0) {
        return kr_call1(ts, (KrObject *)KR_TYPE(self), self);
    }
    KrObject *m = kr_int_from_i64(ts, d->maxlen);
    KrObject *r = m ? kr_call2(ts, (KrObject *)KR_TYPE(self), self, m) : NULL;
    KR_XDECREF(ts, m);
    return r;
}

// ---- methods ----------------------------------------------------------------------

static KrObject *deque_append(KrThread *ts, KrObject *self, KrObject *x) {
    return deque_add(ts, (KrDeque *)self, KR_INCREF(x), false) < 0 ? NULL : KR_NONE;
}

static KrObject *deque_appendleft(KrThread *ts, KrObject *self, KrObject *x) {
    return deque_add(ts, (KrDeque *)self, KR_INCREF(x), true) < 0 ? NULL : KR_NONE;
}

static KrObject *deque_pop(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    if (d->len == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return take_right(ts, d);
}

static KrObject *deque_popleft(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    if (d->len == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return take_left(ts, d);
}

static KrObject *deque_extend(KrThread *ts, KrObject *self, KrObject *iterable) {
    return deque_extend_side(ts, (KrDeque *)self, iterable, false) < 0 ? NULL : KR_NONE;
}

static KrObject *deque_extendleft(KrThread *ts, KrObject *self, KrObject *iterable) {
    return deque_extend_side(ts, (KrDeque *)self, iterable, true) < 0 ? NULL : KR_NONE;
}

static KrObject *deque_clear_method(KrThread *ts, KrObject *self) {
    deque_clear_items(ts, (KrDeque *)self);
    KR_RETURN_NONE;
}

static KrObject *deque_rotate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "deque.rotate", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "deque.rotate", nargs, 0, 1) < 0) {
        return NULL;
    }
    intptr_t n = 1;
    if (nargs == 1) {
        n = kr_slice_ssize_arg(ts, args[0]);
        if (n == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    return rotate(ts, (KrDeque *)self, n) < 0 ? NULL : KR_NONE;
}

static KrObject *deque_reverse(KrThread *ts, KrObject *self) {
    (void)ts;
    KrDeque *d = (KrDeque *)self;
    KrDequeBlock *lb = d->leftblock, *rb = d->rightblock;
    intptr_t li = d->leftindex, ri = d->rightindex;
    for (intptr_t n = d->len / 2; n > 0; n--) {
        KrObject *tmp = lb->items[li];
        lb->items[li] = rb->items[ri];
        rb->items[ri] = tmp;
        if (++li == KR_DEQUE_BLOCK) {
            lb = lb->right;
            li = 0;
        }
        if (--ri < 0) {
            rb = rb->left;
            ri = KR_DEQUE_BLOCK - 1;
        }
    }
    KR_RETURN_NONE;
}

// Scans for items equal to x from `start` to `stop`: the first index (`first`)
// or the count. Comparisons may run code that mutates the deque: then
// RuntimeError. Returns -1 on error, -2 when not found (first).
static intptr_t scan(KrThread *ts, KrDeque *d, KrObject *x, intptr_t start, intptr_t stop, bool first,
                     KrType *mutated) {
    uint64_t state = d->state;
    intptr_t count = 0;
    for (intptr_t i = start; i < stop && i < d->len; i++) {
        KrObject *item = KR_INCREF(*slot_at(d, i));
        int eq = item == x ? 1 : kr_compare_bool(ts, item, x, KR_EQ);
        KR_DECREF(ts, item);
        if (eq < 0) {
            return -1;
        }
        if (d->state != state) {
            kr_err_set_str(ts, mutated, "deque mutated during iteration");
            return -1;
        }
        if (eq && first) {
            return i;
        }
        count += eq;
    }
    return first ? -2 : count;
}

static KrObject *deque_count(KrThread *ts, KrObject *self, KrObject *x) {
    intptr_t n = scan(ts, (KrDeque *)self, x, 0, INTPTR_MAX, false, &kr_exc_RuntimeError);
    return n < 0 ? NULL : kr_int_from_i64(ts, n);
}

static int deque_contains(KrThread *ts, KrObject *self, KrObject *x) {
    intptr_t i = scan(ts, (KrDeque *)self, x, 0, INTPTR_MAX, true, &kr_exc_RuntimeError);
    return i == -1 ? -1 : i >= 0;
}

static KrObject *deque_index(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrDeque *d = (KrDeque *)self;
    if (kr_modsupport_no_kwargs(ts, "index", kwnames) < 0) {
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        kr_err_format(ts, &kr_exc_TypeError, "index() takes at %s (%zu given)",
                      nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
        return NULL;
    }
    intptr_t start = 0, stop = INTPTR_MAX;
    if ((nargs > 1 && kr_slice_index(ts, args[1], &start) < 0) ||
        (nargs > 2 && kr_slice_index(ts, args[2], &stop) < 0)) {
        return NULL;
    }
    if (start < 0 && (start += d->len) < 0) {
        start = 0;
    }
    if (stop < 0 && (stop += d->len) < 0) {
        stop = 0;
    }
    intptr_t i = scan(ts, d, args[0], start, stop, true, &kr_exc_RuntimeError);
    if (i == -2) {
        kr_err_format(ts, &kr_exc_ValueError, "%R is not in deque", args[0]);
    }
    return i < 0 ? NULL : kr_int_from_i64(ts, i);
}

// Removes item i (0 <= i < len): rotate it to the left end, pop, rotate back.
static int del_at(KrThread *ts, KrDeque *d, intptr_t i) {
    if (rotate(ts, d, -i) < 0) {
        return -1;
    }
    KrObject *x = take_left(ts, d);
    int r = rotate(ts, d, i);
    KR_DECREF(ts, x);
    return r;
}

static KrObject *deque_remove(KrThread *ts, KrObject *self, KrObject *x) {
    KrDeque *d = (KrDeque *)self;
    intptr_t i = scan(ts, d, x, 0, INTPTR_MAX, true, &kr_exc_IndexError);
    if (i == -2) {
        kr_err_format(ts, &kr_exc_ValueError, "%R is not in deque", x);
    }
    if (i < 0 || del_at(ts, d, i) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *deque_insert(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    KrDeque *d = (KrDeque *)self;
    if (kr_modsupport_no_kwargs(ts, "insert", kwnames) < 0) {
        return NULL;
    }
    if (nargs != 2) {
        kr_err_format(ts, &kr_exc_TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
        return NULL;
    }
    intptr_t i = kr_slice_ssize_arg(ts, args[0]);
    if (i == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    if (d->maxlen >= 0 && d->len >= d->maxlen) {
        kr_err_set_str(ts, &kr_exc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    if (i >= d->len) {
        return deque_append(ts, self, args[1]);
    }
    if (i <= -d->len || i == 0) {
        return deque_appendleft(ts, self, args[1]);
    }
    if (i < 0) {
        i += d->len;
    }
    if (rotate(ts, d, -i) < 0 || push_left(ts, d, KR_INCREF(args[1])) < 0 || rotate(ts, d, i) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *deque_get_maxlen(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    return d->maxlen < 0 ? KR_NONE : kr_int_from_i64(ts, d->maxlen);
}

static KrObject *deque_reduce(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    KrObject *items = kr_list_from_iterable(ts, self);
    KrObject *maxlen = d->maxlen < 0 ? KR_NONE : kr_int_from_i64(ts, d->maxlen);
    KrObject *args = items && maxlen ? kr_tuple_pack(ts, 2, items, maxlen) : NULL;
    KrObject *dict = kr_object_dict_ptr(self) ? *kr_object_dict_ptr(self) : NULL;
    KrObject *r = args ? kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), args, dict ? dict : KR_NONE) : NULL;
    KR_XDECREF(ts, items);
    KR_XDECREF(ts, maxlen);
    KR_XDECREF(ts, args);
    return r;
}

// ---- slots ------------------------------------------------------------------------

static intptr_t deque_len(KrThread *ts, KrObject *self) {
    (void)ts;
    return ((KrDeque *)self)->len;
}

// A valid item index from o, or -1 with IndexError / TypeError set.
static intptr_t item_index(KrThread *ts, KrDeque *d, KrObject *o) {
    if (!KR_INDEX_CHECK(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "sequence index must be integer, not '%T'", o);
        return -1;
    }
    intptr_t i = kr_slice_as_ssize(ts, o, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (i < 0) {
        i += d->len;
    }
    if (i < 0 || i >= d->len) {
        kr_err_set_str(ts, &kr_exc_IndexError, "deque index out of range");
        return -1;
    }
    return i;
}

static KrObject *deque_getitem(KrThread *ts, KrObject *self, KrObject *key) {
    KrDeque *d = (KrDeque *)self;
    intptr_t i = item_index(ts, d, key);
    return i < 0 ? NULL : KR_INCREF(*slot_at(d, i));
}

static int deque_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value) {
    KrDeque *d = (KrDeque *)self;
    intptr_t i = item_index(ts, d, key);
    if (i < 0) {
        return -1;
    }
    if (!value) {
        return del_at(ts, d, i);
    }
    KrObject **slot = slot_at(d, i);
    KR_SETREF(ts, *slot, KR_INCREF(value));
    return 0;
}

static KrObject *deque_repr(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running < 0 ? NULL : kr_str_from_cstr(ts, "[...]");
    }
    KrObject *items = kr_list_from_iterable(ts, self), *r = NULL;
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    if (items) {
        r = d->maxlen < 0 ? kr_str_from_format(ts, "%s(%R)", name, items)
                          : kr_str_from_format(ts, "%s(%R, maxlen=%zd)", name, items, (ptrdiff_t)d->maxlen);
        KR_DECREF(ts, items);
    }
    kr_repr_leave(ts, self);
    return r;
}

// Deques compare as lists of their items would, only with other deques.
static KrObject *deque_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (!is_deque(a) || !is_deque(b)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *la = kr_list_from_iterable(ts, a);
    KrObject *lb = la ? kr_list_from_iterable(ts, b) : NULL;
    KrObject *r = lb ? kr_compare(ts, la, lb, op) : NULL;
    KR_XDECREF(ts, la);
    KR_XDECREF(ts, lb);
    return r;
}

static KrObject *deque_concat(KrThread *ts, KrObject *a, KrObject *b) {
    if (!is_deque(a)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    if (!is_deque(b)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only concatenate deque (not \"%T\") to deque", b);
        return NULL;
    }
    KrObject *c = deque_copy(ts, a);
    if (c && (!is_deque(c) || deque_extend_side(ts, (KrDeque *)c, b, false) < 0)) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "copy() did not return a deque");
        }
        KR_CLEAR(ts, c);
    }
    return c;
}

static KrObject *deque_inplace_concat(KrThread *ts, KrObject *a, KrObject *b) {
    if (!is_deque(a)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    return deque_extend_side(ts, (KrDeque *)a, b, false) < 0 ? NULL : KR_INCREF(a);
}

// Repeats the items in place n times (n <= 0 empties), respecting maxlen.
static int repeat_in_place(KrThread *ts, KrDeque *d, intptr_t n) {
    if (n <= 0) {
        deque_clear_items(ts, d);
        return 0;
    }
    intptr_t size = d->len;
    if (size == 0 || n == 1) {
        return 0;
    }
    if (d->maxlen >= 0 && n > d->maxlen / size + 2) {
        // Only the last maxlen items survive: fewer rounds give the same result.
        n = d->maxlen / size + 2;
    }
    if (n > INTPTR_MAX / size) {
        kr_err_no_memory(ts);
        return -1;
    }
    KrObject *items = kr_list_from_iterable(ts, (KrObject *)d);
    if (!items) {
        return -1;
    }
    int r = 0;
    for (intptr_t k = 1; k < n && r == 0; k++) {
        for (intptr_t i = 0; i < size && r == 0; i++) {
            r = deque_add(ts, d, KR_INCREF(KR_LIST_ITEMS(items)[i]), false);
        }
    }
    KR_DECREF(ts, items);
    return r;
}

// The deque and the count of d * n / n * d; NotImplemented cases give false.
static bool repeat_operands(KrThread *ts, KrObject *a, KrObject *b, KrObject **dq, intptr_t *n, bool *err) {
    *err = false;
    KrObject *other = is_deque(a) ? b : a;
    *dq = is_deque(a) ? a : b;
    if (!KR_INDEX_CHECK(other)) {
        if (is_deque(a)) {
            kr_err_format(ts, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%T'", other);
            *err = true;
        }
        return false;
    }
    *n = kr_slice_as_ssize(ts, other, &kr_exc_OverflowError);
    *err = *n == -1 && kr_err_occurred(ts);
    return !*err;
}

static KrObject *deque_repeat(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *dq;
    intptr_t n;
    bool err;
    if (!repeat_operands(ts, a, b, &dq, &n, &err)) {
        return err ? NULL : KR_INCREF(KR_NOTIMPL);
    }
    KrObject *c = deque_copy(ts, dq);
    if (c && (!is_deque(c) || repeat_in_place(ts, (KrDeque *)c, n) < 0)) {
        KR_CLEAR(ts, c);
    }
    return c;
}

static KrObject *deque_inplace_repeat(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *dq;
    intptr_t n;
    bool err;
    if (!is_deque(a) || !repeat_operands(ts, a, b, &dq, &n, &err)) {
        return kr_err_occurred(ts) ? NULL : KR_INCREF(KR_NOTIMPL);
    }
    return repeat_in_place(ts, (KrDeque *)a, n) < 0 ? NULL : KR_INCREF(a);
}

static void deque_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrDeque *d = (KrDeque *)self;
    KrDequeBlock *b = d->leftblock;
    intptr_t i = d->leftindex;
    for (intptr_t n = d->len; n > 0; n--) {
        visit(ts, b->items[i], arg);
        if (++i == KR_DEQUE_BLOCK) {
            b = b->right;
            i = 0;
        }
    }
}

static int deque_gc_clear(KrThread *ts, KrObject *self) {
    deque_clear_items(ts, (KrDeque *)self);
    return 0;
}

static void deque_dealloc(KrThread *ts, KrObject *self) {
    KrDeque *d = (KrDeque *)self;
    if (d->leftblock) {
        deque_clear_items(ts, d);
        kr_mem_free(ts, d->leftblock);
    }
    kr_object_free(ts, self);
}

static const KrMethodDef deque_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"append", (void *)deque_append, KR_METH_O, false, false, "Add an element to the right side of the deque."},
    {"appendleft", (void *)deque_appendleft, KR_METH_O, false, false, "Add an element to the left side of the deque."},
    {"clear", (void *)deque_clear_method, KR_METH_NOARGS, false, false, "Remove all elements from the deque."},
    {"__copy__", (void *)deque_copy, KR_METH_NOARGS, false, false, "Return a shallow copy of a deque."},
    {"copy", (void *)deque_copy, KR_METH_NOARGS, false, false, "Return a shallow copy of a deque."},
    {"count", (void *)deque_count, KR_METH_O, false, false, "D.count(value) -- return number of occurrences of value"},
    {"extend", (void *)deque_extend, KR_METH_O, false, false, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", (void *)deque_extendleft, KR_METH_O, false, false, "Extend the left side of the deque with elements from the iterable"},
    {"index", (void *)deque_index, KR_METH_VARARGS, false, false,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", (void *)deque_insert, KR_METH_VARARGS, false, false, "D.insert(index, object) -- insert object before index"},
    {"pop", (void *)deque_pop, KR_METH_NOARGS, false, false, "Remove and return the rightmost element."},
    {"popleft", (void *)deque_popleft, KR_METH_NOARGS, false, false, "Remove and return the leftmost element."},
    {"__reduce__", (void *)deque_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"remove", (void *)deque_remove, KR_METH_O, false, false, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", (void *)kr_collections_deque_reversed, KR_METH_NOARGS, false, false,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", (void *)deque_reverse, KR_METH_NOARGS, false, false, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", (void *)deque_rotate, KR_METH_VARARGS, false, false,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef deque_getsets[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded"},
    {NULL, NULL, NULL, NULL},
};

KrType kr_collections_deque_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "collections.deque",
    .basicsize = sizeof(KrDeque),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_SEQUENCE | KR_TYPE_CONCAT,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_gc_clear,
    .repr = deque_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .new_ = deque_new,
    .init = deque_init,
    .nb = {[KR_BINOP_ADD] = deque_concat, [KR_BINOP_MULTIPLY] = deque_repeat},
    .nb_inplace = {[KR_BINOP_ADD] = deque_inplace_concat, [KR_BINOP_MULTIPLY] = deque_inplace_repeat},
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .methods = deque_methods,
    .getsets = deque_getsets,
};

// ---- iterators --------------------------------------------------------------------

typedef struct KrDequeIter {
    KrObject base;
    KrObject *deque;
    KrDequeBlock *block;
    intptr_t index;
    intptr_t counter;   // items left
    uint64_t state;
} KrDequeIter;

static KrObject *iter_make(KrThread *ts, KrObject *self, KrType *type) {
    KrDeque *d = (KrDeque *)self;
    KrDequeIter *it = (KrDequeIter *)kr_object_alloc(ts, type, sizeof(KrDequeIter));
    if (!it) {
        return NULL;
    }
    bool rev = type == &kr_collections_dequereviter_type;
    it->deque = KR_INCREF(self);
    it->block = rev ? d->rightblock : d->leftblock;
    it->index = rev ? d->rightindex : d->leftindex;
    it->counter = d->len;
    it->state = d->state;
    return (KrObject *)it;
}

static KrObject *deque_iter(KrThread *ts, KrObject *self) {
    return iter_make(ts, self, &kr_collections_dequeiter_type);
}

KrObject *kr_collections_deque_reversed(KrThread *ts, KrObject *self) {
    return iter_make(ts, self, &kr_collections_dequereviter_type);
}

// The item under the cursor, after the mutation check (NULL: done or error).
static KrObject *iter_current(KrThread *ts, KrDequeIter *it) {
    if (it->counter == 0) {
        return NULL;
    }
    if (((KrDeque *)it->deque)->state != it->state) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "deque mutated during iteration");
        it->counter = 0;
        return NULL;
    }
    it->counter--;
    return KR_INCREF(it->block->items[it->index]);
}

static KrObject *dequeiter_next(KrThread *ts, KrObject *self) {
    KrDequeIter *it = (KrDequeIter *)self;
    KrObject *x = iter_current(ts, it);
    if (x && ++it->index == KR_DEQUE_BLOCK && it->counter > 0) {
        it->block = it->block->right;
        it->index = 0;
    }
    return x;
}

static KrObject *dequereviter_next(KrThread *ts, KrObject *self) {
    KrDequeIter *it = (KrDequeIter *)self;
    KrObject *x = iter_current(ts, it);
    if (x && --it->index < 0 && it->counter > 0) {
        it->block = it->block->left;
        it->index = KR_DEQUE_BLOCK - 1;
    }
    return x;
}

static KrObject *dequeiter_length_hint(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, ((KrDequeIter *)self)->counter);
}

static void dequeiter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrDequeIter *)self)->deque, visit, arg);
}

static int dequeiter_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrDequeIter *)self)->deque);
    ((KrDequeIter *)self)->counter = 0;
    return 0;
}

static void dequeiter_dealloc(KrThread *ts, KrObject *self) {
    dequeiter_clear(ts, self);
    kr_object_free(ts, self);
}

// _deque_iterator(deque, index=0) as CPython's constructor: skips `index` items.
static KrObject *iter_new_common(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    const char *name = kr_type_name_cstr(type);
    if (kr_modsupport_no_kwargs(ts, name, kwnames) < 0 || kr_modsupport_nargs(ts, name, nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!is_deque(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "argument 1 must be collections.deque, not %T", args[0]);
        return NULL;
    }
    intptr_t skip = 0;
    if (nargs == 2) {
        skip = kr_slice_ssize_arg(ts, args[1]);
        if (skip == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    KrObject *it = iter_make(ts, args[0], type);
    for (intptr_t i = 0; it && i < skip; i++) {
        KrObject *x = KR_TYPE(it)->iternext(ts, it);
        if (!x) {
            if (kr_err_occurred(ts)) {
                KR_CLEAR(ts, it);
            }
            break;
        }
        KR_DECREF(ts, x);
    }
    return it;
}

static const KrMethodDef dequeiter_methods[] = {
    {"__length_hint__", (void *)dequeiter_length_hint, KR_METH_NOARGS, false, false,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_collections_dequeiter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(KrDequeIter),
    .flags = KR_TYPE_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .clear = dequeiter_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = dequeiter_next,
    .new_ = iter_new_common,
    .methods = dequeiter_methods,
};

KrType kr_collections_dequereviter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(KrDequeIter),
    .flags = KR_TYPE_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .clear = dequeiter_clear,
    .iter = kr_modsupport_self_iter,
    .iternext = dequereviter_next,
    .new_ = iter_new_common,
    .methods = dequeiter_methods,
};
