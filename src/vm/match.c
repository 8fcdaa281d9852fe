// SPDX-License-Identifier: MIT
// The runtime of the match statement: mapping key lookup (MATCH_KEYS) and
// class patterns (MATCH_CLASS), with CPython 3.11's semantics and messages.
#include "match.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "vm.h"

KrObject *kr_match_keys(KrThread *ts, KrObject *map, KrObject *keys) {
    intptr_t nkeys = KR_TUPLE_SIZE(keys);
    if (nkeys == 0) {
        return kr_tuple_new(ts, 0);
    }
    KrObject *get = NULL, *dummy = NULL, *values = NULL, *seen = NULL;
    KrObject *result = NULL;
    // map.get(key, dummy) looks a key up in one step and, unlike map[key],
    // never calls __missing__ (defaultdict would grow).
    KrObject *name = kr_str_intern_literal(ts, "get");
    if (!name) {
        return NULL;
    }
    get = kr_getattr(ts, map, name);
    KR_DECREF(ts, name);
    dummy = get ? kr_call0(ts, (KrObject *)&kr_object_type) : NULL;
    seen = dummy ? kr_set_new(ts, NULL) : NULL;
    values = seen ? kr_tuple_new(ts, nkeys) : NULL;
    if (!values) {
        goto done;
    }
    for (intptr_t i = 0; i < nkeys; i++) {
        KR_TUPLE_SET(values, i, KR_INCREF(KR_NONE));
    }
    for (intptr_t i = 0; i < nkeys; i++) {
        KrObject *key = KR_TUPLE_GET(keys, i);
        int dup = kr_set_contains(ts, seen, key);
        if (dup < 0 || (dup == 0 && kr_set_add(ts, seen, key) < 0)) {
            goto done;
        }
        if (dup) {
            kr_err_format(ts, &kr_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        KrObject *value = kr_call2(ts, get, key, dummy);
        if (!value) {
            goto done;
        }
        if (value == dummy) {
            KR_DECREF(ts, value);
            result = KR_INCREF(KR_NONE);
            goto done;
        }
        KR_SETREF(ts, KR_TUPLE_ITEMS(values)[i], value);
    }
    result = KR_INCREF(values);
done:
    KR_XDECREF(ts, get);
    KR_XDECREF(ts, dummy);
    KR_XDECREF(ts, seen);
    KR_XDECREF(ts, values);
    return result;
}

// One attribute for a class pattern. Returns a new reference; NULL with no
// exception when the subject lacks it (no match), NULL with an exception on
// error, including a name already used by this pattern.
static KrObject *class_attr(KrThread *ts, KrObject *subject, KrType *type, KrObject *name, KrObject *seen) {
    for (intptr_t i = 0; i < KR_LIST_SIZE(seen); i++) {
        if (kr_str_equal(KR_LIST_ITEMS(seen)[i], name)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() got multiple sub-patterns for attribute %R", type->name, name);
            return NULL;
        }
    }
    if (kr_list_append(ts, seen, name) < 0) {
        return NULL;
    }
    return kr_getattr_opt(ts, subject, name);
}

// The positional attributes, appended to `attrs`. Returns 1 when they all
// exist, 0 when one is missing (no match), -1 on error.
static int positional_attrs(KrThread *ts, KrObject *subject, KrType *type, int nargs, KrObject *attrs,
                            KrObject *seen) {
    KrObject *name = kr_str_intern_literal(ts, "__match_args__");
    if (!name) {
        return -1;
    }
    KrObject *match_args = kr_getattr_opt(ts, (KrObject *)type, name);
    KR_DECREF(ts, name);
    bool match_self = false;
    if (match_args) {
        if (KR_TYPE(match_args) != &kr_tuple_type) {
            kr_err_format(ts, &kr_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                          KR_TYPE(match_args)->name);
            KR_DECREF(ts, match_args);
            return -1;
        }
    } else if (kr_err_occurred(ts)) {
        return -1;
    } else {
        // MATCH_SELF counts only where __match_args__ is not defined, so a
        // subclass that defines it matches by attribute like any class.
        match_args = kr_tuple_new(ts, 0);
        if (!match_args) {
            return -1;
        }
        match_self = (type->flags & KR_TYPE_MATCH_SELF) != 0;
    }
    int rc = -1;
    intptr_t allowed = match_self ? 1 : KR_TUPLE_SIZE(match_args);
    if (allowed < nargs) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", type->name,
                      (int)allowed, allowed == 1 ? "" : "s", nargs);
        goto done;
    }
    if (match_self) {
        rc = kr_list_append(ts, attrs, subject) < 0 ? -1 : 1;
        goto done;
    }
    for (int i = 0; i < nargs; i++) {
        KrObject *attr_name = KR_TUPLE_GET(match_args, i);
        if (!kr_str_check_exact(attr_name)) {
            kr_err_format(ts, &kr_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                          KR_TYPE(attr_name)->name);
            goto done;
        }
        KrObject *attr = class_attr(ts, subject, type, attr_name, seen);
        if (!attr) {
            rc = kr_err_occurred(ts) ? -1 : 0;
            goto done;
        }
        int r = kr_list_append(ts, attrs, attr);
        KR_DECREF(ts, attr);
        if (r < 0) {
            goto done;
        }
    }
    rc = 1;
done:
    KR_DECREF(ts, match_args);
    return rc;
}

KrObject *kr_match_class(KrThread *ts, KrObject *subject, KrObject *cls, int nargs, KrObject *kwnames) {
    if (!kr_isinstance_type(cls, &kr_type_type)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    KrType *type = (KrType *)cls;
    int r = kr_isinstance(ts, subject, cls);
    if (r <= 0) {
        return r < 0 ? NULL : KR_INCREF(KR_NONE);
    }
    KrObject *result = NULL;
    KrObject *seen = kr_list_new(ts, 0);
    KrObject *attrs = seen ? kr_list_new(ts, 0) : NULL;
    if (!attrs) {
        goto done;
    }
    if (nargs) {
        r = positional_attrs(ts, subject, type, nargs, attrs, seen);
        if (r <= 0) {
            result = r < 0 ? NULL : KR_INCREF(KR_NONE);
            goto done;
        }
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(kwnames); i++) {
        KrObject *attr = class_attr(ts, subject, type, KR_TUPLE_GET(kwnames, i), seen);
        if (!attr) {
            result = kr_err_occurred(ts) ? NULL : KR_INCREF(KR_NONE);
            goto done;
        }
        r = kr_list_append(ts, attrs, attr);
        KR_DECREF(ts, attr);
        if (r < 0) {
            goto done;
        }
    }
    result = kr_list_as_tuple(ts, attrs);
done:
    KR_XDECREF(ts, seen);
    KR_XDECREF(ts, attrs);
    return result;
}
