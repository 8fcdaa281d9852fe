// SPDX-License-Identifier: MIT
// The iterator over __getitem__ sequences (iter() fallback) and the reversed type.
#include "containers.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

KrObject *kr_seqiter_make(KrThread *ts, KrType *type, KrObject *seq, intptr_t index)
{
    KrSeqIter *it = (KrSeqIter *)kr_object_alloc(ts, type, sizeof(KrSeqIter));
    if (it == NULL) {
        return NULL;
    }
    it->seq = KR_INCREF(seq);
    it->index = index;
    return (KrObject *)it;
}

void kr_seqiter_dealloc(KrThread *ts, KrObject *self)
{
    KR_XDECREF(ts, ((KrSeqIter *)self)->seq);
    kr_object_free(ts, self);
}

void kr_seqiter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq != NULL) {
        visit(ts, it->seq, arg);
    }
}

int kr_seqiter_clear(KrThread *ts, KrObject *self)
{
    KR_CLEAR(ts, ((KrSeqIter *)self)->seq);
    return 0;
}

KrObject *kr_iter_self(KrThread *ts, KrObject *self)
{
    (void)ts;
    return KR_INCREF(self);
}

// seq[index], or NULL: with no exception set when IndexError or
// StopIteration says the sequence has ended (the iterator then lets go of it).
static KrObject *fetch(KrThread *ts, KrSeqIter *it)
{
    KrObject *idx = kr_int_from_i64(ts, it->index);
    if (idx == NULL) {
        return NULL;
    }
    KrObject *item = kr_getitem(ts, it->seq, idx);
    KR_DECREF(ts, idx);
    if (item == NULL) {
        if (kr_err_matches(ts, &kr_exc_IndexError) || kr_err_matches(ts, &kr_exc_StopIteration)) {
            kr_err_clear(ts);
            KR_CLEAR(ts, it->seq);
        }
    }
    return item;
}

KrObject *kr_seqiter_reduce(KrThread *ts, KrObject *fn, KrObject *seq, intptr_t index, bool tuple_empty)
{
    KrObject *iter = kr_dict_get_item_str(ts, ts->vm->builtins, "iter");
    if (iter == NULL) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "lost builtins.iter");
        }
        return NULL;
    }
    KrObject *arg = seq != NULL ? KR_INCREF(seq) : tuple_empty ? kr_tuple_new(ts, 0) : kr_list_new(ts, 0);
    KrObject *args = arg ? kr_tuple_pack(ts, 1, arg) : NULL;
    KR_XDECREF(ts, arg);
    if (args == NULL) {
        return NULL;
    }
    KrObject *res = NULL;
    if (seq == NULL) {
        res = kr_tuple_pack(ts, 2, iter, args);
    } else {
        KrObject *idx = kr_int_from_i64(ts, index);
        res = idx ? kr_tuple_pack(ts, 3, fn != NULL ? fn : iter, args, idx) : NULL;
        KR_XDECREF(ts, idx);
    }
    KR_DECREF(ts, args);
    return res;
}

int kr_seqiter_state_index(KrThread *ts, KrObject *state, intptr_t lo, intptr_t hi, intptr_t *out)
{
    if (!kr_int_check(state)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    intptr_t index = kr_index_as_ssize(ts, state, NULL);
    if (index == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    *out = index < lo ? lo : index > hi ? hi : index;
    return 0;
}

static KrObject *seqiter_reduce(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    return kr_seqiter_reduce(ts, NULL, it->seq, it->index, true);
}

static KrObject *seqiter_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t index;
    if (kr_seqiter_state_index(ts, state, 0, INTPTR_MAX, &index) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = index;
    }
    return KR_INCREF(KR_NONE);
}

// ---- iter(seq) for objects with __getitem__ only ------------------------------------

KrObject *kr_seqiter_new(KrThread *ts, KrObject *seq)
{
    return kr_seqiter_make(ts, &kr_seqiter_type, seq, 0);
}

static KrObject *seqiter_next(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    KrObject *item = fetch(ts, it);
    if (item != NULL) {
        it->index++;
    }
    return item;
}

static KrObject *seqiter_length_hint(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t n = 0;
    if (it->seq != NULL && KR_TYPE(it->seq)->len != NULL) {
        intptr_t size = kr_len(ts, it->seq);
        if (size < 0) {
            return NULL;
        }
        n = size > it->index ? size - it->index : 0;
    }
    return kr_int_from_i64(ts, n);
}

static const KrMethodDef seqiter_methods[] = {
    {"__length_hint__", (void *)seqiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)seqiter_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)seqiter_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_seqiter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .iter = kr_iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

// ---- reversed(seq) ---------------------------------------------------------------

// reversed(seq): seq.__reversed__() when the type defines it (None means
// "not reversible"), else len() and __getitem__ counting down.
static KrObject *reversed_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                              KrObject *kwnames)
{
    if (type == &kr_reversed_type && kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "reversed() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
        return NULL;
    }
    KrObject *seq = args[0];
    KrObject *method = kr_type_lookup(ts, KR_TYPE(seq), KR_ID(ts, __reversed__));
    if (method == KR_NONE) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not reversible", kr_type_name_cstr(KR_TYPE(seq)));
        return NULL;
    }
    if (method != NULL) {
        return kr_call_method(ts, seq, KR_ID(ts, __reversed__), NULL, 0);
    }
    if (KR_TYPE(seq)->getitem == NULL || kr_dict_check(seq)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not reversible", kr_type_name_cstr(KR_TYPE(seq)));
        return NULL;
    }
    intptr_t n = kr_len(ts, seq);
    if (n < 0) {
        return NULL;
    }
    KrSeqIter *it = (KrSeqIter *)kr_object_alloc(ts, type, type->basicsize);
    if (it == NULL) {
        return NULL;
    }
    it->index = n - 1;
    it->seq = KR_INCREF(seq);
    return (KrObject *)it;
}

static KrObject *reversed_next(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index >= 0) {
        KrObject *item = fetch(ts, it);
        if (item != NULL) {
            it->index--;
            return item;
        }
        if (it->seq != NULL) {
            return NULL; // a real error
        }
    }
    it->index = -1;
    KR_CLEAR(ts, it->seq);
    return NULL;
}

static KrObject *reversed_length_hint(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq == NULL) {
        return kr_int_from_i64(ts, 0);
    }
    intptr_t size = kr_len(ts, it->seq);
    if (size < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, size < it->index + 1 ? 0 : it->index + 1);
}

// (reversed, (seq,), index), or (reversed, ()) once exhausted.
static KrObject *reversed_reduce(KrThread *ts, KrObject *self)
{
    KrSeqIter *it = (KrSeqIter *)self;
    if (it->seq != NULL) {
        return kr_seqiter_reduce(ts, (KrObject *)KR_TYPE(self), it->seq, it->index, false);
    }
    KrObject *empty = kr_tuple_new(ts, 0);
    KrObject *res = empty ? kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), empty) : NULL;
    KR_XDECREF(ts, empty);
    return res;
}

static KrObject *reversed_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    KrSeqIter *it = (KrSeqIter *)self;
    intptr_t index;
    if (kr_seqiter_state_index(ts, state, -1, INTPTR_MAX, &index) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        intptr_t n = kr_len(ts, it->seq);
        if (n < 0) {
            return NULL;
        }
        it->index = index > n - 1 ? n - 1 : index;
    }
    return KR_INCREF(KR_NONE);
}

static const KrMethodDef reversed_methods[] = {
    {"__length_hint__", (void *)reversed_length_hint, KR_METH_NOARGS, false, false, NULL},
    {"__reduce__", (void *)reversed_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__setstate__", (void *)reversed_setstate, KR_METH_O, false, false, "Set state information for unpickling."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_reversed_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "reversed",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .iter = kr_iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};
