// SPDX-License-Identifier: MIT
// The _functools module: reduce, partial and cmp_to_key (functools.py imports them).
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "functools.h"
#include "modsupport.h"
#include "modules.h"

KrObject *kr_functools_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    return d ? KR_INCREF(d) : NULL;
}

int kr_functools_set_dict(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!kr_dict_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
        return -1;
    }
    KrObject **slot = kr_object_dict_ptr(self);
    KR_SETREF(ts, *slot, KR_INCREF(value));
    return 0;
}

// ---- reduce -------------------------------------------------------------------------

static KrObject *functools_reduce(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "reduce", kwnames) < 0 || kr_modsupport_nargs(ts, "reduce", nargs, 2, 3) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, args[1]);
    if (!it) {
        if (kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return NULL;
    }
    KrObject *acc = nargs == 3 ? KR_INCREF(args[2]) : NULL;
    for (;;) {
        KrObject *item = kr_next(ts, it);
        if (!item) {
            break;
        }
        if (!acc) {
            acc = item;
            continue;
        }
        KrObject *next = kr_call2(ts, args[0], acc, item);
        KR_DECREF(ts, item);
        KR_DECREF(ts, acc);
        if (!(acc = next)) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        KR_XDECREF(ts, acc);
        return NULL;
    }
    if (!acc) {
        kr_err_set_str(ts, &kr_exc_TypeError, "reduce() of empty iterable with no initial value");
    }
    return acc;
}

// ---- partial ------------------------------------------------------------------------

typedef struct KrPartial {
    KrObject base;
    KrObject *fn;
    KrObject *args;   // tuple
    KrObject *kw;     // dict
    KrObject *dict;   // __dict__, made on demand
} KrPartial;

static KrObject *partial_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (nargs < 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "type 'partial' takes at least one argument");
        return NULL;
    }
    KrObject *fn = args[0], *pargs = NULL, *pkw = NULL;
    if (!kr_callable(fn)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    // A partial of a partial (without attributes of its own) is flattened.
    if (KR_TYPE(fn)->call == kr_functools_partial_type.call && !((KrPartial *)fn)->dict) {
        KrPartial *inner = (KrPartial *)fn;
        pargs = inner->args;
        pkw = inner->kw;
        fn = inner->fn;
    }
    KrPartial *p = (KrPartial *)kr_object_alloc(ts, type, type->basicsize);
    if (!p) {
        return NULL;
    }
    p->fn = KR_INCREF(fn);
    intptr_t npre = pargs ? KR_TUPLE_SIZE(pargs) : 0;
    if (!(p->args = kr_tuple_new(ts, npre + (intptr_t)nargs - 1))) {
        goto error;
    }
    for (intptr_t i = 0; i < npre; i++) {
        KR_TUPLE_SET(p->args, i, KR_INCREF(KR_TUPLE_GET(pargs, i)));
    }
    for (size_t i = 1; i < nargs; i++) {
        KR_TUPLE_SET(p->args, npre + (intptr_t)i - 1, KR_INCREF(args[i]));
    }
    if (!(p->kw = pkw ? kr_dict_copy(ts, pkw) : kr_dict_new(ts))) {
        goto error;
    }
    for (intptr_t k = 0; kwnames && k < KR_TUPLE_SIZE(kwnames); k++) {
        if (kr_dict_set_item(ts, p->kw, KR_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0) {
            goto error;
        }
    }
    return (KrObject *)p;
error:
    KR_DECREF(ts, p);
    return NULL;
}

// Calls fn with the stored arguments followed by the call's, and the stored
// keywords updated by the call's, passing them vectorcall-style.
static KrObject *partial_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    KrPartial *p = (KrPartial *)self;
    if (!p->fn || !p->args || !p->kw) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "partial object was cleared");
        return NULL;
    }
    size_t npre = (size_t)KR_TUPLE_SIZE(p->args);
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    size_t nstored = (size_t)kr_dict_size(p->kw);
    if (npre == 0 && nstored == 0) {
        return kr_call(ts, p->fn, args, nargs, kwnames);
    }
    KrObject *merged = NULL, *names = NULL;
    if (nstored) {
        // Stored keywords first, then the call's (which win).
        if (!(merged = kr_dict_copy(ts, p->kw))) {
            return NULL;
        }
        for (size_t k = 0; k < nkw; k++) {
            if (kr_dict_set_item(ts, merged, KR_TUPLE_GET(kwnames, k), args[nargs + k]) < 0) {
                KR_DECREF(ts, merged);
                return NULL;
            }
        }
        nkw = (size_t)kr_dict_size(merged);
        if (!(names = kr_tuple_new(ts, (intptr_t)nkw))) {
            KR_DECREF(ts, merged);
            return NULL;
        }
    } else if (kwnames) {
        names = KR_INCREF(kwnames);
    }
    size_t total = npre + nargs + nkw;
    KrObject *small[8];
    KrObject **stack = total <= 8 ? small : kr_mem_alloc(ts, total * sizeof(KrObject *));
    KrObject *r = NULL;
    if (stack) {
        for (size_t i = 0; i < npre; i++) {
            stack[i] = KR_TUPLE_GET(p->args, i);
        }
        for (size_t i = 0; i < nargs; i++) {
            stack[npre + i] = args[i];
        }
        if (merged) {
            intptr_t pos = 0, k = 0;
            KrObject *key, *value;
            while (kr_dict_next(merged, &pos, &key, &value)) {
                KR_TUPLE_SET(names, k, KR_INCREF(key));
                stack[npre + nargs + (size_t)k++] = value;
            }
        } else {
            for (size_t k = 0; k < nkw; k++) {
                stack[npre + nargs + k] = args[nargs + k];
            }
        }
        r = kr_call(ts, p->fn, stack, npre + nargs, names);
        if (stack != small) {
            kr_mem_free(ts, stack);
        }
    }
    KR_XDECREF(ts, names);
    KR_XDECREF(ts, merged);
    return r;
}

static KrObject *partial_repr(KrThread *ts, KrObject *self) {
    KrPartial *p = (KrPartial *)self;
    if (!p->fn || !p->args || !p->kw) {
        return kr_str_from_format(ts, "%s()", KR_TYPE(self)->name);
    }
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running < 0 ? NULL : kr_str_from_cstr(ts, "...");
    }
    KrObject *parts = kr_list_new(ts, 0), *s = NULL, *sep = NULL, *body = NULL, *r = NULL;
    if (!parts || !(s = kr_repr(ts, p->fn)) || kr_list_append(ts, parts, s) < 0) {
        goto done;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(p->args); i++) {
        KR_SETREF(ts, s, kr_repr(ts, KR_TUPLE_GET(p->args, i)));
        if (!s || kr_list_append(ts, parts, s) < 0) {
            goto done;
        }
    }
    intptr_t pos = 0;
    KrObject *key, *value;
    while (kr_dict_next(p->kw, &pos, &key, &value)) {
        KR_SETREF(ts, s, kr_str_from_format(ts, "%S=%R", key, value));
        if (!s || kr_list_append(ts, parts, s) < 0) {
            goto done;
        }
    }
    if ((sep = kr_str_from_cstr(ts, ", ")) &&
        (body = kr_str_join(ts, sep, KR_LIST_ITEMS(parts), (size_t)KR_LIST_SIZE(parts)))) {
        KrType *t = KR_TYPE(self);
        r = kr_str_from_format(ts, "%s(%U)", (t->flags & KR_TYPE_HEAP) ? kr_type_name_cstr(t) : t->name, body);
    }
done:
    KR_XDECREF(ts, parts);
    KR_XDECREF(ts, s);
    KR_XDECREF(ts, sep);
    KR_XDECREF(ts, body);
    kr_repr_leave(ts, self);
    return r;
}

static void partial_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrPartial *p = (KrPartial *)self;
    kr_modsupport_visit(ts, p->fn, visit, arg);
    kr_modsupport_visit(ts, p->args, visit, arg);
    kr_modsupport_visit(ts, p->kw, visit, arg);
    kr_modsupport_visit(ts, p->dict, visit, arg);
}

static int partial_clear(KrThread *ts, KrObject *self) {
    KrPartial *p = (KrPartial *)self;
    KR_CLEAR(ts, p->fn);
    KR_CLEAR(ts, p->args);
    KR_CLEAR(ts, p->kw);
    KR_CLEAR(ts, p->dict);
    return 0;
}

static void partial_dealloc(KrThread *ts, KrObject *self) {
    partial_clear(ts, self);
    kr_object_free(ts, self);
}

// The attributes read None once the collector has cleared the object.
static KrObject *or_none(KrObject *o) {
    return KR_INCREF(o ? o : KR_NONE);
}

static KrObject *partial_get_func(KrThread *ts, KrObject *self) {
    (void)ts;
    return or_none(((KrPartial *)self)->fn);
}

static KrObject *partial_get_args(KrThread *ts, KrObject *self) {
    (void)ts;
    return or_none(((KrPartial *)self)->args);
}

static KrObject *partial_get_keywords(KrThread *ts, KrObject *self) {
    (void)ts;
    return or_none(((KrPartial *)self)->kw);
}

// CPython's read-only member error for func, args and keywords.
static int partial_readonly(KrThread *ts, KrObject *self, KrObject *value) {
    (void)self;
    (void)value;
    kr_err_set_str(ts, &kr_exc_AttributeError, "readonly attribute");
    return -1;
}

static KrObject *partial_reduce(KrThread *ts, KrObject *self) {
    KrPartial *p = (KrPartial *)self;
    KrObject *fn = kr_tuple_pack(ts, 1, p->fn);
    KrObject *state = kr_tuple_pack(ts, 4, p->fn, p->args, p->kw, p->dict ? p->dict : KR_NONE);
    KrObject *r = fn && state ? kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), fn, state) : NULL;
    KR_XDECREF(ts, fn);
    KR_XDECREF(ts, state);
    return r;
}

// Unpickling: the state __reduce__ gave, (func, args, keywords, dict).
static KrObject *partial_setstate(KrThread *ts, KrObject *self, KrObject *state) {
    KrPartial *p = (KrPartial *)self;
    if (!kr_tuple_check(state)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "argument to __setstate__ must be a tuple");
        return NULL;
    }
    if (KR_TUPLE_SIZE(state) != 4) {
        kr_err_format(ts, &kr_exc_TypeError, "expected 4 items in state, got %zd", KR_TUPLE_SIZE(state));
        return NULL;
    }
    KrObject *fn = KR_TUPLE_GET(state, 0), *fargs = KR_TUPLE_GET(state, 1);
    KrObject *kw = KR_TUPLE_GET(state, 2), *dict = KR_TUPLE_GET(state, 3);
    if (!kr_callable(fn) || !kr_tuple_check(fargs) || (kw != KR_NONE && !kr_dict_check(kw))) {
        kr_err_set_str(ts, &kr_exc_TypeError, "invalid partial state");
        return NULL;
    }
    KrObject *args = kr_tuple_from_array(ts, KR_TUPLE_ITEMS(fargs), KR_TUPLE_SIZE(fargs));
    KrObject *kwcopy = args ? (kw == KR_NONE ? kr_dict_new(ts) : kr_dict_copy(ts, kw)) : NULL;
    if (!kwcopy) {
        KR_XDECREF(ts, args);
        return NULL;
    }
    KR_SETREF(ts, p->fn, KR_INCREF(fn));
    KR_SETREF(ts, p->args, args);
    KR_SETREF(ts, p->kw, kwcopy);
    KR_SETREF(ts, p->dict, dict == KR_NONE ? NULL : KR_INCREF(dict));
    KR_RETURN_NONE;
}

static const KrMethodDef partial_methods[] = {
    {"__reduce__", (void *)partial_reduce, KR_METH_NOARGS, false, false, NULL},
    {"__setstate__", (void *)partial_setstate, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef partial_getsets[] = {
    {"func", partial_get_func, partial_readonly, "function object to use in future partial calls"},
    {"args", partial_get_args, partial_readonly, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, partial_readonly, "dictionary of keyword arguments to future partial calls"},
    {"__dict__", kr_functools_get_dict, kr_functools_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_functools_partial_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "functools.partial",
    .basicsize = sizeof(KrPartial),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_HAS_DICT,
    .dictoffset = offsetof(KrPartial, dict),
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
    .dealloc = partial_dealloc,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .repr = partial_repr,
    .call = partial_call,
    .new_ = partial_new,
    .methods = partial_methods,
    .getsets = partial_getsets,
};

// ---- cmp_to_key ---------------------------------------------------------------------

// cmp_to_key(mycmp) returns a KeyWrapper with no object; calling it wraps an
// object, and wrapped objects compare through mycmp(a, b) against 0.
typedef struct KrKeyWrapper {
    KrObject base;
    KrObject *cmp;
    KrObject *obj; // NULL in the wrapper cmp_to_key returns
} KrKeyWrapper;

static KrObject *keywrapper_make(KrThread *ts, KrObject *cmp, KrObject *obj) {
    KrKeyWrapper *k = (KrKeyWrapper *)kr_object_alloc(ts, &kr_functools_keywrapper_type, sizeof(KrKeyWrapper));
    if (k) {
        k->cmp = KR_INCREF(cmp);
        k->obj = obj ? KR_INCREF(obj) : NULL;
    }
    return (KrObject *)k;
}

static KrObject *keywrapper_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    static const char *const names[] = {"obj", NULL};
    KrObject *obj;
    if (kr_parse_args(ts, "K", args, nargs, kwnames, names, 1, 0, 1, &obj) < 0) {
        return NULL;
    }
    KrObject *cmp = ((KrKeyWrapper *)self)->cmp;
    return keywrapper_make(ts, cmp ? cmp : KR_NONE, obj);
}

static KrObject *keywrapper_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (KR_TYPE(b) != &kr_functools_keywrapper_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "other argument must be K instance");
        return NULL;
    }
    KrKeyWrapper *x = (KrKeyWrapper *)a, *y = (KrKeyWrapper *)b;
    if (!x->obj || !y->obj || !x->cmp) {
        kr_err_set_str(ts, &kr_exc_AttributeError, "object");
        return NULL;
    }
    KrObject *res = kr_call2(ts, x->cmp, x->obj, y->obj);
    if (!res) {
        return NULL;
    }
    KrObject *zero = kr_int_from_i64(ts, 0);
    KrObject *r = zero ? kr_compare(ts, res, zero, op) : NULL;
    KR_XDECREF(ts, zero);
    KR_DECREF(ts, res);
    return r;
}

static KrObject *keywrapper_get_obj(KrThread *ts, KrObject *self) {
    (void)ts;
    KrKeyWrapper *k = (KrKeyWrapper *)self;
    return KR_INCREF(k->obj ? k->obj : KR_NONE);
}

static int keywrapper_set_obj(KrThread *ts, KrObject *self, KrObject *value) {
    (void)ts;
    KR_SETREF(ts, ((KrKeyWrapper *)self)->obj, value ? KR_INCREF(value) : NULL);
    return 0;
}

static void keywrapper_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrKeyWrapper *)self)->cmp, visit, arg);
    kr_modsupport_visit(ts, ((KrKeyWrapper *)self)->obj, visit, arg);
}

static int keywrapper_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrKeyWrapper *)self)->cmp);
    KR_CLEAR(ts, ((KrKeyWrapper *)self)->obj);
    return 0;
}

static void keywrapper_dealloc(KrThread *ts, KrObject *self) {
    keywrapper_clear(ts, self);
    kr_object_free(ts, self);
}

static const KrGetSetDef keywrapper_getsets[] = {
    {"obj", keywrapper_get_obj, keywrapper_set_obj, "Value wrapped by a key function."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_functools_keywrapper_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KrKeyWrapper),
    .flags = KR_TYPE_GC,
    .dealloc = keywrapper_dealloc,
    .traverse = keywrapper_traverse,
    .clear = keywrapper_clear,
    .hash = kr_hash_not_implemented,
    .richcompare = keywrapper_richcompare,
    .call = keywrapper_call,
    .getsets = keywrapper_getsets,
};

static KrObject *functools_cmp_to_key(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                      KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"mycmp", NULL};
    KrObject *cmp;
    if (kr_parse_args(ts, "cmp_to_key", args, nargs, kwnames, names, 1, 0, 1, &cmp) < 0) {
        return NULL;
    }
    return keywrapper_make(ts, cmp, NULL);
}

// ---- the module -------------------------------------------------------------------

static const KrMethodDef functools_functions[] = {
    {"reduce", (void *)functools_reduce, KR_METH_VARARGS, false, false,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
     "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
     "of the iterable in the calculation, and serves as a default when the\n"
     "iterable is empty."},
    {"cmp_to_key", (void *)functools_cmp_to_key, KR_METH_VARARGS, false, false,
     "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_functools_create(KrThread *ts) {
    static KrType *const types[] = {&kr_functools_partial_type, &kr_functools_lru_type, NULL};
    return kr_modsupport_module(ts, "_functools", "Tools that operate on functions.", functools_functions, types);
}
