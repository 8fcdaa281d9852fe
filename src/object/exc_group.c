// SPDX-License-Identifier: MIT
// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, split,
// subgroup, derive, and the matching behind `except*`.
#include <stdlib.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "genericalias.h"
#include "singletons.h"
#include "str.h"

#define GROUP(o) ((KrExcGroup *)(o))

// ---- construction ---------------------------------------------------------------

// CPython's PySequence_Check: indexable, and not a mapping.
static bool is_sequence(KrObject *o) {
    return KR_TYPE(o)->getitem && !kr_dict_check(o);
}

// BaseExceptionGroup.__new__(cls, message, exceptions): the exceptions become
// a tuple; BaseExceptionGroup itself gives an ExceptionGroup when every item
// is an Exception, and Exception subclasses refuse BaseExceptions.
static KrObject *group_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (nargs != 2) {
        kr_err_format(ts, &kr_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                      (intptr_t)nargs);
        return NULL;
    }
    KrObject *msg = args[0], *seq = args[1];
    if (!kr_str_check(msg)) {
        kr_err_format(ts, &kr_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                      kr_arg_type_name(msg));
        return NULL;
    }
    if (!is_sequence(seq)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    KrObject *excs = kr_tuple_from_iterable(ts, seq);
    if (!excs) {
        return NULL;
    }
    KrType *cls = type;
    intptr_t n = KR_TUPLE_SIZE(excs);
    bool nested_base = false;
    if (n == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        goto error;
    }
    for (intptr_t i = 0; i < n; i++) {
        KrObject *e = KR_TUPLE_GET(excs, i);
        if (!kr_exception_check(e)) {
            kr_err_format(ts, &kr_exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
            goto error;
        }
        nested_base |= !kr_isinstance_type(e, &kr_exc_Exception);
    }
    if (cls == &kr_exc_ExceptionGroup) {
        if (nested_base) {
            kr_err_set_str(ts, &kr_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto error;
        }
    } else if (cls == &kr_exc_BaseExceptionGroup) {
        if (!nested_base) {
            cls = &kr_exc_ExceptionGroup;
        }
    } else if (nested_base && kr_type_is_subtype(cls, &kr_exc_Exception)) {
        kr_err_format(ts, &kr_exc_TypeError, "Cannot nest BaseExceptions in '%s'", kr_type_name_cstr(cls));
        goto error;
    }
    KrObject *self = kr_exc_BaseException.new_(ts, cls, args, nargs, kwnames);
    if (!self) {
        goto error;
    }
    GROUP(self)->msg = KR_INCREF(msg);
    GROUP(self)->excs = excs;
    return self;
error:
    KR_DECREF(ts, excs);
    return NULL;
}

static int group_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", kr_type_name_cstr(KR_TYPE(self)));
        return -1;
    }
    return kr_exc_BaseException.init(ts, self, args, nargs, NULL);
}

static void group_dealloc(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, GROUP(o)->msg);
    KR_CLEAR(ts, GROUP(o)->excs);
    kr_exc_BaseException.dealloc(ts, o);
}

static void group_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (GROUP(o)->msg) {
        visit(ts, GROUP(o)->msg, arg);
    }
    if (GROUP(o)->excs) {
        visit(ts, GROUP(o)->excs, arg);
    }
    kr_exc_BaseException.traverse(ts, o, visit, arg);
}

static int group_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, GROUP(o)->msg);
    KR_CLEAR(ts, GROUP(o)->excs);
    return kr_exc_BaseException.clear(ts, o);
}

static KrObject *group_str(KrThread *ts, KrObject *self) {
    KrExcGroup *g = GROUP(self);
    intptr_t n = g->excs ? KR_TUPLE_SIZE(g->excs) : 0;
    return kr_str_from_format(ts, "%S (%zd sub-exception%s)", g->msg ? g->msg : KR_NONE, n, n > 1 ? "s" : "");
}

KrObject *kr_exc_group_new(KrThread *ts, KrObject *msg, KrObject *excs) {
    KrObject *args[2] = {msg, excs};
    return kr_call(ts, (KrObject *)&kr_exc_BaseExceptionGroup, args, 2, NULL);
}

// ---- split and subgroup ---------------------------------------------------------

// What split() tests leaves against: exception types, a predicate, or (for
// except*'s re-raise) the identities of chosen leaves, sorted.
typedef enum { MATCH_BY_TYPE, MATCH_BY_PREDICATE, MATCH_BY_IDS } MatchKind;

typedef struct Matcher {
    MatchKind kind;
    KrObject *value;
    KrObject **ids;
    intptr_t nids;
} Matcher;

static bool is_exc_class(KrObject *o) {
    return kr_isinstance_type(o, &kr_type_type) && kr_exception_type_check(o);
}

static int matcher_init(KrThread *ts, Matcher *m, KrObject *value) {
    m->value = value;
    m->ids = NULL;
    m->nids = 0;
    // As CPython 3.11.7: only Python functions are predicates.
    if (KR_TYPE(value) == &kr_function_type) {
        m->kind = MATCH_BY_PREDICATE;
        return 0;
    }
    m->kind = MATCH_BY_TYPE;
    if (is_exc_class(value)) {
        return 0;
    }
    if (KR_TYPE(value) == &kr_tuple_type) {
        intptr_t n = KR_TUPLE_SIZE(value), i = 0;
        while (i < n && is_exc_class(KR_TUPLE_GET(value, i))) {
            i++;
        }
        if (i == n) {
            return 0;
        }
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int compare_ptr(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (KrObject *const *)a, y = (uintptr_t) * (KrObject *const *)b;
    return x < y ? -1 : x > y;
}

// -1 error, else whether `exc` matches as a whole.
static int matcher_check(KrThread *ts, const Matcher *m, KrObject *exc) {
    switch (m->kind) {
    case MATCH_BY_TYPE:
        return kr_isinstance(ts, exc, m->value);
    case MATCH_BY_PREDICATE: {
        KrObject *r = kr_call1(ts, m->value, exc);
        if (!r) {
            return -1;
        }
        int t = kr_is_true(ts, r);
        KR_DECREF(ts, r);
        return t;
    }
    case MATCH_BY_IDS:
        return !kr_exc_group_check(exc) && m->nids > 0 &&
               bsearch(&exc, m->ids, (size_t)m->nids, sizeof(KrObject *), compare_ptr);
    }
    return 0;
}

// A group like `eg` holding `excs` (a list): eg.derive(excs) with eg's
// traceback, cause, context and a copy of its notes. NULL without an
// exception when excs is empty.
static KrObject *group_subset(KrThread *ts, KrObject *eg, KrObject *excs) {
    if (KR_LIST_SIZE(excs) == 0) {
        return NULL;
    }
    KrObject *r = kr_call_method(ts, eg, KR_ID(ts, derive), &excs, 1);
    if (!r) {
        return NULL;
    }
    if (!kr_exc_group_check(r)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        goto error;
    }
    KrException *src = (KrException *)eg, *dst = (KrException *)r;
    if (src->traceback) {
        KR_SETREF(ts, dst->traceback, KR_INCREF(src->traceback));
    }
    KR_SETREF(ts, dst->context, src->context ? KR_INCREF(src->context) : NULL);
    KR_SETREF(ts, dst->cause, src->cause ? KR_INCREF(src->cause) : NULL);
    dst->suppress_context = true; // as CPython's PyException_SetCause, even with no cause
    KrObject *notes = kr_getattr_opt(ts, eg, KR_ID(ts, __notes__));
    if (!notes) {
        if (kr_err_occurred(ts)) {
            goto error;
        }
        return r;
    }
    // Each part gets its own list; notes that are not a sequence are left out.
    int rc = 0;
    if (is_sequence(notes)) {
        KrObject *copy = kr_list_from_iterable(ts, notes);
        rc = copy ? kr_setattr(ts, r, KR_ID(ts, __notes__), copy) : -1;
        KR_XDECREF(ts, copy);
    }
    KR_DECREF(ts, notes);
    if (rc < 0) {
        goto error;
    }
    return r;
error:
    KR_DECREF(ts, r);
    return NULL;
}

// Splits `exc` by the matcher into *match and (when rest is given) *rest,
// either left NULL for "nothing"; -1 on error.
static int split_recursive(KrThread *ts, KrObject *exc, const Matcher *m, KrObject **match, KrObject **rest) {
    *match = NULL;
    if (rest) {
        *rest = NULL;
    }
    int is_match = matcher_check(ts, m, exc);
    if (is_match < 0) {
        return -1;
    }
    if (is_match) {
        *match = KR_INCREF(exc);
        return 0;
    }
    if (!kr_exc_group_check(exc)) {
        if (rest) {
            *rest = KR_INCREF(exc);
        }
        return 0;
    }
    int rc = -1;
    KrObject *excs = KR_INCREF(GROUP(exc)->excs);
    KrObject *match_list = kr_list_new(ts, 0);
    KrObject *rest_list = rest ? kr_list_new(ts, 0) : NULL;
    if (!match_list || (rest && !rest_list)) {
        goto done;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(excs); i++) {
        KrObject *sub_match, *sub_rest;
        if (kr_enter_recursive(ts, " in exceptiongroup_split_recursive") < 0) {
            goto done;
        }
        int r = split_recursive(ts, KR_TUPLE_GET(excs, i), m, &sub_match, rest ? &sub_rest : NULL);
        kr_leave_recursive(ts);
        if (r < 0) {
            goto done;
        }
        r = sub_match ? kr_list_append(ts, match_list, sub_match) : 0;
        KR_XDECREF(ts, sub_match);
        if (rest && sub_rest) {
            r = r < 0 ? r : kr_list_append(ts, rest_list, sub_rest);
            KR_DECREF(ts, sub_rest);
        }
        if (r < 0) {
            goto done;
        }
    }
    *match = group_subset(ts, exc, match_list);
    if (!*match && kr_err_occurred(ts)) {
        goto done;
    }
    if (rest) {
        *rest = group_subset(ts, exc, rest_list);
        if (!*rest && kr_err_occurred(ts)) {
            KR_CLEAR(ts, *match);
            goto done;
        }
    }
    rc = 0;
done:
    KR_DECREF(ts, excs);
    KR_XDECREF(ts, match_list);
    KR_XDECREF(ts, rest_list);
    return rc;
}

// split(cond) -> (match, rest) and subgroup(cond) -> match, with None for "nothing".
static KrObject *split_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames,
                              bool with_rest) {
    const char *name = with_rest ? "split" : "subgroup";
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected 1 argument, got %zd", name, (intptr_t)nargs);
        return NULL;
    }
    Matcher m;
    KrObject *match, *rest = NULL;
    if (matcher_init(ts, &m, args[0]) < 0 || split_recursive(ts, self, &m, &match, with_rest ? &rest : NULL) < 0) {
        return NULL;
    }
    if (!with_rest) {
        return match ? match : KR_NONE;
    }
    KrObject *r = kr_tuple_pack(ts, 2, match ? match : KR_NONE, rest ? rest : KR_NONE);
    KR_XDECREF(ts, match);
    KR_XDECREF(ts, rest);
    return r;
}

static KrObject *group_split(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return split_method(ts, self, args, nargs, kwnames, true);
}

static KrObject *group_subgroup(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    return split_method(ts, self, args, nargs, kwnames, false);
}

static KrObject *group_derive(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "derive() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "function takes exactly 1 argument (%zd given)", (intptr_t)nargs);
        return NULL;
    }
    return kr_exc_group_new(ts, GROUP(self)->msg, args[0]);
}

// ---- except* --------------------------------------------------------------------

int kr_exc_group_match(KrThread *ts, KrObject *exc, KrObject *type, KrObject **match, KrObject **rest) {
    *match = *rest = NULL;
    int whole = kr_isinstance(ts, exc, type);
    if (whole < 0) {
        return -1;
    }
    if (whole) {
        if (kr_exc_group_check(exc)) {
            *match = KR_INCREF(exc);
        } else {
            // A naked exception is matched wrapped in a group of its own.
            KrObject *one = kr_tuple_pack(ts, 1, exc);
            KrObject *empty = one ? kr_str_from_utf8(ts, "", 0) : NULL;
            *match = empty ? kr_exc_group_new(ts, empty, one) : NULL;
            KR_XDECREF(ts, one);
            KR_XDECREF(ts, empty);
            if (!*match) {
                return -1;
            }
        }
        *rest = KR_INCREF(KR_NONE);
        return 0;
    }
    if (kr_exc_group_check(exc)) {
        KrObject *pair = kr_call_method(ts, exc, KR_ID(ts, split), &type, 1);
        if (!pair) {
            return -1;
        }
        if (!kr_tuple_check(pair) || KR_TUPLE_SIZE(pair) != 2) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.split must return a 2-tuple, got %s",
                          kr_type_name_cstr(KR_TYPE(exc)), kr_type_name_cstr(KR_TYPE(pair)));
            KR_DECREF(ts, pair);
            return -1;
        }
        *match = KR_INCREF(KR_TUPLE_GET(pair, 0));
        *rest = KR_INCREF(KR_TUPLE_GET(pair, 1));
        KR_DECREF(ts, pair);
        return 0;
    }
    *match = KR_INCREF(KR_NONE);
    *rest = KR_INCREF(exc);
    return 0;
}

// Appends (new references to) the leaves of `exc` to ids[].
static int collect_leaves(KrThread *ts, KrObject *exc, KrObject ***ids, intptr_t *n, intptr_t *cap) {
    if (kr_exc_group_check(exc)) {
        KrObject *excs = GROUP(exc)->excs;
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(excs); i++) {
            if (kr_enter_recursive(ts, " in collect_exception_group_leaf_ids") < 0) {
                return -1;
            }
            int r = collect_leaves(ts, KR_TUPLE_GET(excs, i), ids, n, cap);
            kr_leave_recursive(ts);
            if (r < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (*n == *cap) {
        intptr_t ncap = *cap ? *cap * 2 : 8;
        KrObject **p = kr_mem_realloc(ts, *ids, (size_t)ncap * sizeof(KrObject *));
        if (!p) {
            return -1;
        }
        *ids = p;
        *cap = ncap;
    }
    (*ids)[(*n)++] = exc;
    return 0;
}

// Whether `e` is `orig` re-raised (a bare `raise` of a part split from it):
// raising anew gives an exception a new traceback or context.
static bool same_metadata(KrObject *e, KrObject *orig) {
    KrException *a = (KrException *)e, *b = (KrException *)orig;
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

KrObject *kr_exc_group_prep_reraise(KrThread *ts, KrObject *orig, KrObject *excs) {
    intptr_t n = KR_LIST_SIZE(excs);
    if (n == 0) {
        return KR_INCREF(KR_NONE);
    }
    if (!kr_exc_group_check(orig)) {
        // A naked exception was wrapped: only one handler ran, and what it
        // raised (or the exception itself, unhandled) comes first.
        return KR_INCREF(KR_LIST_ITEMS(excs)[0]);
    }
    KrObject *raised = kr_list_new(ts, 0), *result = NULL, *kept = NULL;
    KrObject **ids = NULL;
    intptr_t nids = 0, cap = 0;
    if (!raised) {
        return NULL;
    }
    for (intptr_t i = 0; i < KR_LIST_SIZE(excs); i++) {
        KrObject *e = KR_LIST_ITEMS(excs)[i];
        if (e == KR_NONE) {
            continue;
        }
        if (same_metadata(e, orig) ? collect_leaves(ts, e, &ids, &nids, &cap) : kr_list_append(ts, raised, e)) {
            goto done;
        }
    }
    // The re-raised parts, as one projection of the original group.
    if (nids > 1) {
        qsort(ids, (size_t)nids, sizeof(KrObject *), compare_ptr);
    }
    Matcher m = {MATCH_BY_IDS, NULL, ids, nids};
    if (split_recursive(ts, orig, &m, &kept, NULL) < 0) {
        goto done;
    }
    if (KR_LIST_SIZE(raised) == 0) {
        result = kept ? KR_INCREF(kept) : KR_INCREF(KR_NONE);
        goto done;
    }
    if (kept && kr_list_append(ts, raised, kept) < 0) {
        goto done;
    }
    if (KR_LIST_SIZE(raised) == 1) {
        result = KR_INCREF(KR_LIST_ITEMS(raised)[0]);
    } else {
        KrObject *empty = kr_str_from_utf8(ts, "", 0);
        result = empty ? kr_exc_group_new(ts, empty, raised) : NULL;
        KR_XDECREF(ts, empty);
    }
done:
    kr_mem_free(ts, ids);
    KR_XDECREF(ts, kept);
    KR_DECREF(ts, raised);
    return result;
}

// ---- attributes and the type objects --------------------------------------------

static KrObject *group_get_message(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(GROUP(self)->msg ? GROUP(self)->msg : KR_NONE);
}

static KrObject *group_get_exceptions(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(GROUP(self)->excs ? GROUP(self)->excs : KR_NONE);
}

static int group_set_readonly(KrThread *ts, KrObject *self, KrObject *value) {
    (void)self;
    (void)value;
    kr_err_set_str(ts, &kr_exc_AttributeError, "readonly attribute");
    return -1;
}

static const KrMethodDef group_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"derive", (void *)group_derive, KR_METH_VARARGS, false, false, NULL},
    {"split", (void *)group_split, KR_METH_VARARGS, false, false, NULL},
    {"subgroup", (void *)group_subgroup, KR_METH_VARARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef group_getsets[] = {
    {"message", group_get_message, group_set_readonly, "exception message"},
    {"exceptions", group_get_exceptions, group_set_readonly, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

KrType kr_exc_BaseExceptionGroup = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "BaseExceptionGroup",
    .doc = "A combination of multiple unrelated exceptions.",
    .basicsize = sizeof(KrExcGroup),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS | KR_TYPE_GC | KR_TYPE_HAS_DICT,
    .base_type = &kr_exc_BaseException,
    .dealloc = group_dealloc,
    .traverse = group_traverse,
    .clear = group_clear,
    .str = group_str,
    .new_ = group_new,
    .init = group_init,
    .methods = group_methods,
    .getsets = group_getsets,
};

KrType kr_exc_ExceptionGroup = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "ExceptionGroup",
    .basicsize = sizeof(KrExcGroup),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS | KR_TYPE_GC | KR_TYPE_HAS_DICT,
    .base_type = &kr_exc_BaseExceptionGroup,
    .base2 = &kr_exc_Exception,
};
