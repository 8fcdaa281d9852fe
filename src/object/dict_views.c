// SPDX-License-Identifier: MIT
// dict views: dict_keys, dict_values and dict_items (live, set-like for keys and items).
#include "containers.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

typedef struct KrDictView {
    KrObject base;
    KrObject *dict;
} KrDictView;

#define VIEW_DICT(v) (((KrDictView *)(v))->dict)

static bool is_set_view(KrObject *o)
{
    return KR_TYPE(o) == &kr_dict_keys_type || KR_TYPE(o) == &kr_dict_items_type;
}

KrObject *kr_dict_view_new(KrThread *ts, KrObject *d, KrType *view_type)
{
    KrDictView *v = (KrDictView *)kr_object_alloc(ts, view_type, sizeof(KrDictView));
    if (v == NULL) {
        return NULL;
    }
    v->dict = KR_INCREF(d);
    return (KrObject *)v;
}

static void view_dealloc(KrThread *ts, KrObject *self)
{
    KR_XDECREF(ts, VIEW_DICT(self));
    kr_object_free(ts, self);
}

static void view_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    if (VIEW_DICT(self) != NULL) {
        visit(ts, VIEW_DICT(self), arg);
    }
}

static int view_clear(KrThread *ts, KrObject *self)
{
    KR_CLEAR(ts, VIEW_DICT(self));
    return 0;
}

static intptr_t view_len(KrThread *ts, KrObject *self)
{
    (void)ts;
    return kr_dict_size(VIEW_DICT(self));
}

// "dict_keys([1, 2])": the type name around the repr of the view as a list.
static KrObject *view_repr(KrThread *ts, KrObject *self)
{
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running > 0 ? kr_str_from_cstr(ts, "...") : NULL;
    }
    KrObject *res = NULL;
    KrObject *list = kr_list_from_iterable(ts, self);
    if (list != NULL) {
        res = kr_str_from_format(ts, "%s(%R)", kr_type_name_cstr(KR_TYPE(self)), list);
        KR_DECREF(ts, list);
    }
    kr_repr_leave(ts, self);
    return res;
}

static KrObject *keys_iter(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, VIEW_DICT(self), &kr_dict_keyiter_type);
}

static KrObject *values_iter(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, VIEW_DICT(self), &kr_dict_valueiter_type);
}

static KrObject *items_iter(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, VIEW_DICT(self), &kr_dict_itemiter_type);
}

static KrObject *keys_reversed(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, VIEW_DICT(self), &kr_dict_revkeyiter_type);
}

static KrObject *values_reversed(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, VIEW_DICT(self), &kr_dict_revvalueiter_type);
}

static KrObject *items_reversed(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, VIEW_DICT(self), &kr_dict_revitemiter_type);
}

static int keys_contains(KrThread *ts, KrObject *self, KrObject *key)
{
    return kr_dict_contains(ts, VIEW_DICT(self), key);
}

// (k, v) in d.items(): k is a key whose value equals v.
static int items_contains(KrThread *ts, KrObject *self, KrObject *item)
{
    if (!kr_tuple_check(item) || KR_TUPLE_SIZE(item) != 2) {
        return 0;
    }
    KrObject *found = kr_dict_get_item(ts, VIEW_DICT(self), KR_TUPLE_GET(item, 0));
    if (found == NULL) {
        return kr_err_occurred(ts) ? -1 : 0;
    }
    KR_INCREF(found);
    int eq = kr_equal(ts, found, KR_TUPLE_GET(item, 1));
    KR_DECREF(ts, found);
    return eq;
}

// Membership in a keys/items view by its own rule.
static int view_contains(KrThread *ts, KrObject *view, KrObject *item)
{
    return KR_TYPE(view) == &kr_dict_keys_type ? keys_contains(ts, view, item) : items_contains(ts, view, item);
}

// 1 if every item of a is in b (kr_contains), 0 if not, -1 on error.
static int all_contained_in(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *it = kr_iter(ts, a);
    if (it == NULL) {
        return -1;
    }
    int ok = 1;
    for (;;) {
        KrObject *item = kr_next(ts, it);
        if (item == NULL) {
            if (kr_err_occurred(ts)) {
                ok = -1;
            }
            break;
        }
        ok = kr_contains(ts, b, item);
        KR_DECREF(ts, item);
        if (ok <= 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return ok;
}

// Set-like comparisons of keys/items views with sets and other views.
static KrObject *view_richcompare(KrThread *ts, KrObject *self, KrObject *other, int op)
{
    if (!is_set_view(self) || (!kr_anyset_check(other) && !is_set_view(other))) {
        return KR_NOTIMPL;
    }
    intptr_t len_self = kr_len(ts, self);
    intptr_t len_other = kr_len(ts, other);
    if (len_self < 0 || len_other < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case KR_EQ:
    case KR_NE:
        if (len_self == len_other) {
            ok = all_contained_in(ts, self, other);
        }
        if (op == KR_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case KR_LT:
        if (len_self < len_other) {
            ok = all_contained_in(ts, self, other);
        }
        break;
    case KR_LE:
        if (len_self <= len_other) {
            ok = all_contained_in(ts, self, other);
        }
        break;
    case KR_GT:
        if (len_self > len_other) {
            ok = all_contained_in(ts, other, self);
        }
        break;
    default:
        if (len_self >= len_other) {
            ok = all_contained_in(ts, other, self);
        }
        break;
    }
    if (ok < 0) {
        return NULL;
    }
    return kr_bool_from(ok != 0);
}

// A new set of the left operand's items (a keys view copies its dict directly).
static KrObject *view_to_set(KrThread *ts, KrObject *o)
{
    if (KR_TYPE(o) == &kr_dict_keys_type && kr_dict_check_exact(VIEW_DICT(o))) {
        o = VIEW_DICT(o);
    }
    return kr_set_new(ts, o);
}

static KrObject *views_sub(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *res = view_to_set(ts, a);
    if (res != NULL && kr_set_difference_update(ts, res, b) < 0) {
        KR_CLEAR(ts, res);
    }
    return res;
}

static KrObject *views_or(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *res = view_to_set(ts, a);
    if (res != NULL && kr_set_update(ts, res, b) < 0) {
        KR_CLEAR(ts, res);
    }
    return res;
}

static KrObject *views_xor(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *res = view_to_set(ts, a);
    if (res != NULL && kr_set_symmetric_difference_update(ts, res, b) < 0) {
        KR_CLEAR(ts, res);
    }
    return res;
}

// view & other: iterates the smaller side when both are views. Against a set
// at least as big as the view, it is the set's intersection with the view's
// items (as CPython's), which hashes every item of the view.
static KrObject *views_and(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *self = a, *other = b;
    if (!is_set_view(self)) {
        self = b;
        other = a;
    }
    bool into_set = KR_TYPE(other) == &kr_set_type && kr_dict_size(VIEW_DICT(self)) <= kr_set_size(other);
    if (is_set_view(other) && kr_dict_size(VIEW_DICT(other)) > kr_dict_size(VIEW_DICT(self))) {
        KrObject *t = self;
        self = other;
        other = t;
    }
    KrObject *res = kr_set_new(ts, NULL);
    if (res == NULL) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, into_set ? self : other);
    if (it == NULL) {
        KR_DECREF(ts, res);
        return NULL;
    }
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            break;
        }
        int rc = into_set ? kr_set_contains(ts, other, key) : view_contains(ts, self, key);
        if (rc > 0) {
            rc = kr_set_add(ts, res, key);
        }
        KR_DECREF(ts, key);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        KR_DECREF(ts, res);
        return NULL;
    }
    return res;
}

static KrObject *view_isdisjoint(KrThread *ts, KrObject *self, KrObject *other)
{
    if (self == other) {
        return kr_bool_from(kr_dict_size(VIEW_DICT(self)) == 0);
    }
    KrObject *container = self, *seq = other;
    if (kr_anyset_check(other) || is_set_view(other)) {
        intptr_t len_other = kr_len(ts, other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_other > kr_dict_size(VIEW_DICT(self))) {
            container = other;
            seq = self;
        }
    }
    KrObject *it = kr_iter(ts, seq);
    if (it == NULL) {
        return NULL;
    }
    int found = 0;
    for (;;) {
        KrObject *item = kr_next(ts, it);
        if (item == NULL) {
            break;
        }
        found = kr_contains(ts, container, item);
        KR_DECREF(ts, item);
        if (found != 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (found < 0 || kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_bool_from(found == 0);
}

// view.mapping: a read-only proxy of the underlying dict.
static KrObject *view_get_mapping(KrThread *ts, KrObject *self)
{
    return kr_mappingproxy_new(ts, VIEW_DICT(self));
}

static const KrGetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, NULL, "dictionary that this view refers to"},
    {NULL, NULL, NULL, NULL},
};

static const KrMethodDef keys_methods[] = {
    {"isdisjoint", (void *)view_isdisjoint, KR_METH_O, false, false,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", (void *)keys_reversed, KR_METH_NOARGS, false, false,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef items_methods[] = {
    {"isdisjoint", (void *)view_isdisjoint, KR_METH_O, false, false,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", (void *)items_reversed, KR_METH_NOARGS, false, false,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef values_methods[] = {
    {"__reversed__", (void *)values_reversed, KR_METH_NOARGS, false, false,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_dict_keys_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "dict_keys",
    .basicsize = sizeof(KrDictView),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .clear = view_clear,
    .repr = view_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .nb = {[KR_BINOP_SUBTRACT] = views_sub, [KR_BINOP_AND] = views_and, [KR_BINOP_OR] = views_or,
           [KR_BINOP_XOR] = views_xor},
    .len = view_len,
    .contains = keys_contains,
    .methods = keys_methods,
    .getsets = view_getsets,
};

KrType kr_dict_items_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "dict_items",
    .basicsize = sizeof(KrDictView),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .clear = view_clear,
    .repr = view_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .nb = {[KR_BINOP_SUBTRACT] = views_sub, [KR_BINOP_AND] = views_and, [KR_BINOP_OR] = views_or,
           [KR_BINOP_XOR] = views_xor},
    .len = view_len,
    .contains = items_contains,
    .methods = items_methods,
    .getsets = view_getsets,
};

// Values are not set-like: no comparisons or set operators, and `in`
// falls back to iteration.
KrType kr_dict_values_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "dict_values",
    .basicsize = sizeof(KrDictView),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .clear = view_clear,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};
