// SPDX-License-Identifier: MIT
// The pickle protocol of `object`: __reduce_ex__, __reduce__ and __getstate__,
// which copy, copy.deepcopy and pickle call for instances without their own.
#include <string.h>

#include "../vm/import.h"
#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "int.h"
#include "reduce.h"
#include "singletons.h"
#include "str.h"

// copyreg.<name> (copyreg is pure Python, imported on first use).
static KrObject *copyreg_attr(KrThread *ts, const char *name) {
    KrObject *m = kr_import_module(ts, "copyreg");
    if (!m) {
        return NULL;
    }
    KrObject *r = kr_getattr_cstr(ts, m, name);
    KR_DECREF(ts, m);
    return r;
}

static KrObject *cannot_pickle(KrThread *ts, KrObject *self) {
    kr_err_format(ts, &kr_exc_TypeError, "cannot pickle '%s' object", kr_type_name_cstr(KR_TYPE(self)));
    return NULL;
}

// Is the attribute `name` of self's type the one `object` defines (not overridden)?
static int is_object_method(KrThread *ts, KrObject *self, const char *name) {
    KrObject *key = kr_str_from_cstr(ts, name);
    if (!key) {
        return -1;
    }
    KrObject *mine = kr_type_lookup(ts, KR_TYPE(self), key);
    KrObject *base = mine ? kr_type_lookup(ts, &kr_object_type, key) : NULL;
    KR_DECREF(ts, key);
    if (kr_err_occurred(ts)) {
        return -1;
    }
    return mine == base;
}

// The default state: the instance dict (None when empty) and, when the class
// has __slots__ with values set, (dict_or_None, {slot: value}). `required`:
// an instance whose builtin base keeps fields a state cannot carry fails.
static KrObject *getstate_default(KrThread *ts, KrObject *self, bool required) {
    KrType *t = KR_TYPE(self);
    KrType *sb = t;
    while (sb->flags & KR_TYPE_HEAP) {
        sb = sb->base_type;
    }
    if (required && sb != &kr_object_type) {
        return cannot_pickle(ts, self);
    }
    KrObject *state = NULL, *slotnames = NULL, *slots = NULL;
    KrObject *d = kr_object_get_dict(ts, self, false);
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    if (d && kr_len(ts, d) > 0) {
        state = KR_INCREF(d);
    } else {
        state = KR_INCREF(KR_NONE);
    }
    KrObject *fn = copyreg_attr(ts, "_slotnames");
    slotnames = fn ? kr_call1(ts, fn, (KrObject *)t) : NULL;
    KR_XDECREF(ts, fn);
    if (!slotnames) {
        goto error;
    }
    if (!kr_list_check(slotnames) && slotnames != KR_NONE) {
        kr_err_set_str(ts, &kr_exc_TypeError, "copyreg._slotnames didn't return a list or None");
        goto error;
    }
    if (slotnames != KR_NONE && KR_LIST_SIZE(slotnames) > 0) {
        slots = kr_dict_new(ts);
        if (!slots) {
            goto error;
        }
        for (intptr_t i = 0; i < KR_LIST_SIZE(slotnames); i++) {
            KrObject *name = KR_LIST_ITEMS(slotnames)[i];
            KrObject *v = kr_getattr_opt(ts, self, name);
            if (!v) {
                if (kr_err_occurred(ts)) {
                    goto error;
                }
                continue;
            }
            int r = kr_dict_set_item(ts, slots, name, v);
            KR_DECREF(ts, v);
            if (r < 0) {
                goto error;
            }
        }
        if (kr_len(ts, slots) > 0) {
            KrObject *pair = kr_tuple_pack(ts, 2, state, slots);
            if (!pair) {
                goto error;
            }
            KR_SETREF(ts, state, pair);
        }
    }
    KR_XDECREF(ts, slots);
    KR_DECREF(ts, slotnames);
    return state;
error:
    KR_XDECREF(ts, state);
    KR_XDECREF(ts, slots);
    KR_XDECREF(ts, slotnames);
    return NULL;
}

// self.__getstate__(), or the default state when it is object's.
static KrObject *getstate(KrThread *ts, KrObject *self, bool required) {
    int is_default = is_object_method(ts, self, "__getstate__");
    if (is_default < 0) {
        return NULL;
    }
    if (is_default) {
        return getstate_default(ts, self, required);
    }
    KrObject *name = kr_str_from_cstr(ts, "__getstate__");
    KrObject *r = name ? kr_call_method(ts, self, name, NULL, 0) : NULL;
    KR_XDECREF(ts, name);
    return r;
}

// self.name() into *result: 1 when called, 0 when self has no such
// attribute, -1 on error.
static int call_if_present(KrThread *ts, KrObject *self, const char *name, KrObject **result) {
    KrObject *f = kr_getattr_cstr(ts, self, name);
    if (!f) {
        if (!kr_err_matches(ts, &kr_exc_AttributeError)) {
            return -1;
        }
        kr_err_clear(ts);
        return 0;
    }
    *result = kr_call0(ts, f);
    KR_DECREF(ts, f);
    return *result ? 1 : -1;
}

// The arguments __new__ needs: (args, kwargs) from __getnewargs_ex__, (args,
// NULL) from __getnewargs__, (NULL, NULL) without either.
static int getnewargs(KrThread *ts, KrObject *self, KrObject **args, KrObject **kwargs) {
    *args = *kwargs = NULL;
    KrObject *r;
    int found = call_if_present(ts, self, "__getnewargs_ex__", &r);
    if (found) {
        if (found < 0) {
            return -1;
        }
        if (!kr_tuple_check(r)) {
            kr_err_format(ts, &kr_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                          kr_type_name_cstr(KR_TYPE(r)));
        } else if (KR_TUPLE_SIZE(r) != 2) {
            kr_err_format(ts, &kr_exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                          (intptr_t)KR_TUPLE_SIZE(r));
        } else if (!kr_tuple_check(KR_TUPLE_GET(r, 0))) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                          kr_type_name_cstr(KR_TYPE(KR_TUPLE_GET(r, 0))));
        } else if (!kr_dict_check(KR_TUPLE_GET(r, 1))) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                          kr_type_name_cstr(KR_TYPE(KR_TUPLE_GET(r, 1))));
        } else {
            *args = KR_INCREF(KR_TUPLE_GET(r, 0));
            *kwargs = KR_INCREF(KR_TUPLE_GET(r, 1));
        }
        KR_DECREF(ts, r);
        return *args ? 0 : -1;
    }
    found = call_if_present(ts, self, "__getnewargs__", &r);
    if (found <= 0) {
        return found;
    }
    if (!kr_tuple_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                      kr_type_name_cstr(KR_TYPE(r)));
        KR_DECREF(ts, r);
        return -1;
    }
    *args = r;
    return 0;
}

// Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems),
// or copyreg.__newobj_ex__ with (cls, args, kwargs) when there are keywords.
static KrObject *reduce_newobj(KrThread *ts, KrObject *self) {
    KrType *t = KR_TYPE(self);
    if (!t->new_) {
        return cannot_pickle(ts, self);
    }
    KrObject *args, *kwargs, *newobj = NULL, *newargs = NULL, *state = NULL, *items = NULL, *ditems = NULL;
    KrObject *result = NULL;
    if (getnewargs(ts, self, &args, &kwargs) < 0) {
        return NULL;
    }
    bool hasargs = args != NULL;
    if (!kwargs || kr_len(ts, kwargs) == 0) {
        newobj = copyreg_attr(ts, "__newobj__");
        intptr_t n = args ? KR_TUPLE_SIZE(args) : 0;
        newargs = newobj ? kr_tuple_new(ts, n + 1) : NULL;
        if (!newargs) {
            goto done;
        }
        KR_TUPLE_ITEMS(newargs)[0] = KR_INCREF(t);
        for (intptr_t i = 0; i < n; i++) {
            KR_TUPLE_ITEMS(newargs)[i + 1] = KR_INCREF(KR_TUPLE_GET(args, i));
        }
    } else {
        newobj = copyreg_attr(ts, "__newobj_ex__");
        newargs = newobj ? kr_tuple_pack(ts, 3, (KrObject *)t, args, kwargs) : NULL;
        if (!newargs) {
            goto done;
        }
    }
    bool is_list = kr_isinstance_type(self, &kr_list_type), is_dict = kr_isinstance_type(self, &kr_dict_type);
    state = getstate(ts, self, !hasargs && !is_list && !is_dict);
    if (!state) {
        goto done;
    }
    if (is_list) {
        items = kr_iter(ts, self);
    } else {
        items = KR_INCREF(KR_NONE);
    }
    if (is_dict) {
        KrObject *view = kr_call_method(ts, self, KR_ID(ts, items), NULL, 0);
        ditems = view ? kr_iter(ts, view) : NULL;
        KR_XDECREF(ts, view);
    } else {
        ditems = KR_INCREF(KR_NONE);
    }
    if (items && ditems) {
        result = kr_tuple_pack(ts, 5, newobj, newargs, state, items, ditems);
    }
done:
    KR_XDECREF(ts, args);
    KR_XDECREF(ts, kwargs);
    KR_XDECREF(ts, newobj);
    KR_XDECREF(ts, newargs);
    KR_XDECREF(ts, state);
    KR_XDECREF(ts, items);
    KR_XDECREF(ts, ditems);
    return result;
}

static KrObject *common_reduce(KrThread *ts, KrObject *self, int64_t proto) {
    if (proto >= 2) {
        return reduce_newobj(ts, self);
    }
    KrObject *fn = copyreg_attr(ts, "_reduce_ex");
    KrObject *p = fn ? kr_int_from_i64(ts, proto) : NULL;
    KrObject *r = p ? kr_call2(ts, fn, self, p) : NULL;
    KR_XDECREF(ts, fn);
    KR_XDECREF(ts, p);
    return r;
}

KrObject *kr_reduce_ex(KrThread *ts, KrObject *self, KrObject *proto) {
    if (!kr_isinstance_type(proto, &kr_int_type)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name_cstr(KR_TYPE(proto)));
        return NULL;
    }
    bool overflow = false;
    intptr_t p = kr_index_as_ssize(ts, proto, &overflow);
    if (p == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    // A class's own __reduce__ wins over the protocol's default.
    int is_default = is_object_method(ts, self, "__reduce__");
    if (is_default < 0) {
        return NULL;
    }
    if (!is_default) {
        KrObject *name = kr_str_from_cstr(ts, "__reduce__");
        KrObject *r = name ? kr_call_method(ts, self, name, NULL, 0) : NULL;
        KR_XDECREF(ts, name);
        return r;
    }
    return common_reduce(ts, self, p);
}

KrObject *kr_reduce_plain(KrThread *ts, KrObject *self) {
    return common_reduce(ts, self, 0);
}

KrObject *kr_reduce_getstate(KrThread *ts, KrObject *self) {
    return getstate_default(ts, self, false);
}
