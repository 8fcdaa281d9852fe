// SPDX-License-Identifier: MIT
// Walking a set or frozenset from outside its table: the iterator and the repr.
#include "containers.h"

#include "exc.h"
#include "int.h"
#include "str.h"
#include "../vm/vm.h"

// ---- iterator --------------------------------------------------------------------

typedef struct KrSetIter {
    KrObject base;
    KrObject *set;    // NULL once exhausted
    intptr_t used;    // the set's size when iteration started
    intptr_t pos;
    intptr_t len;
} KrSetIter;

KrObject *kr_set_iter_new(KrThread *ts, KrObject *self)
{
    KrSetIter *it = (KrSetIter *)kr_object_alloc(ts, &kr_set_iter_type, sizeof(KrSetIter));
    if (it == NULL) {
        return NULL;
    }
    it->set = KR_INCREF(self);
    it->used = it->len = ((KrSet *)self)->used;
    return (KrObject *)it;
}

static void setiter_dealloc(KrThread *ts, KrObject *self)
{
    KR_XDECREF(ts, ((KrSetIter *)self)->set);
    kr_object_free(ts, self);
}

static void setiter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrSetIter *it = (KrSetIter *)self;
    if (it->set != NULL) {
        visit(ts, it->set, arg);
    }
}

static int setiter_clear(KrThread *ts, KrObject *self)
{
    KR_CLEAR(ts, ((KrSetIter *)self)->set);
    return 0;
}

static KrObject *setiter_next(KrThread *ts, KrObject *self)
{
    KrSetIter *it = (KrSetIter *)self;
    KrSet *so = (KrSet *)it->set;
    if (so == NULL) {
        return NULL;
    }
    if (it->used != so->used) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    KrObject *key;
    if (!kr_set_next(it->set, &it->pos, &key)) {
        KR_CLEAR(ts, it->set);
        return NULL;
    }
    it->len--;
    return KR_INCREF(key);
}

static KrObject *setiter_length_hint(KrThread *ts, KrObject *self)
{
    KrSetIter *it = (KrSetIter *)self;
    intptr_t n = 0;
    if (it->set != NULL && it->used == ((KrSet *)it->set)->used) {
        n = it->len;
    }
    return kr_int_from_i64(ts, n);
}

static const KrMethodDef setiter_methods[] = {
    {"__length_hint__", (void *)setiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_set_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "set_iterator",
    .basicsize = sizeof(KrSetIter),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .iter = kr_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

// ---- repr ------------------------------------------------------------------------

// '{1, 2}', 'set()', 'frozenset({1})', 'MySet({1})'.
KrObject *kr_set_repr(KrThread *ts, KrObject *self)
{
    KrSet *so = (KrSet *)self;
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    if (so->used == 0) {
        return kr_str_from_format(ts, "%s()", name);
    }
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running > 0 ? kr_str_from_format(ts, "%s(...)", name) : NULL;
    }
    KrObject *res = NULL;
    KrObject *keys = kr_list_new(ts, 0);
    intptr_t pos = 0;
    KrObject *key;
    while (keys != NULL && kr_set_next(self, &pos, &key)) {
        if (kr_list_append(ts, keys, key) < 0) {
            KR_CLEAR(ts, keys);
        }
    }
    if (keys != NULL) {
        KrObject *listrepr = kr_repr(ts, keys);
        KR_DECREF(ts, keys);
        if (listrepr != NULL) {
            KrObject *inner = kr_str_substr(ts, listrepr, 1, KR_STR_LEN(listrepr) - 1);
            KR_DECREF(ts, listrepr);
            if (inner != NULL) {
                if (KR_TYPE(self) == &kr_set_type) {
                    res = kr_str_from_format(ts, "{%U}", inner);
                } else {
                    res = kr_str_from_format(ts, "%s({%U})", name, inner);
                }
                KR_DECREF(ts, inner);
            }
        }
    }
    kr_repr_leave(ts, self);
    return res;
}
