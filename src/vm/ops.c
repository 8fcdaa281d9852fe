// SPDX-License-Identifier: MIT
// The bodies of the eval loop's larger opcodes.
#include <math.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/slots.h"
#include "../object/str.h"
#include "import.h"
#include "ops.h"

// The cached lookup of names[i] of `co` on class t (see KrAttrCache); NULL on error.
static KrAttrEntry *attr_miss(KrThread *ts, KrCode *co, int i, KrType *t, KrAttrEntry *scratch) {
    if (!co->attr_cache) {
        size_t n = (size_t)KR_TUPLE_SIZE(co->names);
        co->attr_cache = kr_mem_alloc(ts, sizeof(KrAttrCache) * n);
        if (!co->attr_cache) {
            return NULL;
        }
        memset(co->attr_cache, 0, sizeof(KrAttrCache) * n);
    }
    return kr_attr_cache_fill(ts, co->attr_cache + i, t, KR_TUPLE_GET(co->names, i), scratch);
}

static inline KrAttrEntry *attr_entry(KrThread *ts, KrCode *co, int i, KrType *t, KrAttrEntry *scratch) {
    if (co->attr_cache) {
        KrAttrEntry *e = co->attr_cache[i].e;
        uint32_t epoch = ts->vm->type_cache_epoch;
        for (int k = 0; k < KR_ATTR_WAYS; k++) {
            if (e[k].type == t && e[k].epoch == epoch) {
                return &e[k];
            }
        }
    }
    return attr_miss(ts, co, i, t, scratch);
}

KrObject *kr_ops_load_attr(KrThread *ts, KrCode *co, int i, KrObject *obj) {
    KrObject *name = KR_TUPLE_GET(co->names, i);
    KrType *t = KR_TYPE(obj);
    if (t->getattr != kr_generic_getattr) {
        return kr_getattr(ts, obj, name);
    }
    KrAttrEntry scratch;
    KrAttrEntry *e = attr_entry(ts, co, i, t, &scratch);
    if (!e) {
        return NULL;
    }
    if (!e->descr) {
        // Nothing on the class: kr_generic_getattr_found's instance dict lookup, inlined.
        KrObject **dp = kr_object_dict_ptr(obj);
        KrObject *v = dp && *dp ? kr_dict_get_str_hinted(ts, *dp, name, &e->hint) : NULL;
        if (v) {
            return KR_INCREF(v);
        }
        if (!kr_err_occurred(ts)) {
            kr_err_attribute(ts, obj, name);
        }
        return NULL;
    }
    return kr_generic_getattr_found(ts, obj, name, e->descr, &e->hint);
}

int kr_ops_store_attr(KrThread *ts, KrCode *co, int i, KrObject *obj, KrObject *v) {
    KrObject *name = KR_TUPLE_GET(co->names, i);
    KrType *t = KR_TYPE(obj);
    if (t->setattr != kr_generic_setattr) {
        return kr_setattr(ts, obj, name, v);
    }
    KrAttrEntry scratch;
    KrAttrEntry *e = attr_entry(ts, co, i, t, &scratch);
    return e ? kr_generic_setattr_found(ts, obj, name, v, e->descr, &e->hint) : -1;
}

int kr_ops_load_method(KrThread *ts, KrCode *co, int i, KrObject *obj, KrObject **meth) {
    KrObject *name = KR_TUPLE_GET(co->names, i);
    KrType *t = KR_TYPE(obj);
    if (t->getattr != kr_generic_getattr) {
        *meth = kr_getattr(ts, obj, name);
        return *meth ? 0 : -1;
    }
    KrAttrEntry scratch;
    KrAttrEntry *e = attr_entry(ts, co, i, t, &scratch);
    if (!e) {
        return -1;
    }
    KrObject *descr = e->descr;
    if (descr && (KR_TYPE(descr) == &kr_function_type || KR_TYPE(descr) == &kr_method_descr_type)) {
        // A plain method: unless the instance dict shadows it, call it unbound.
        KrObject **dp = kr_object_dict_ptr(obj);
        KrObject *shadow = dp && *dp ? kr_dict_get_str_hinted(ts, *dp, name, &e->hint) : NULL;
        if (!shadow) {
            if (kr_err_occurred(ts)) {
                return -1;
            }
            *meth = KR_INCREF(descr);
            return 1;
        }
    }
    *meth = kr_generic_getattr_found(ts, obj, name, descr, &e->hint);
    return *meth ? 0 : -1;
}

static inline bool int_values(KrObject *a, KrObject *b, int64_t *x, int64_t *y) {
    if (kr_ops_word_value(a, x) && kr_ops_word_value(b, y)) {
        return true;
    }
    int oa, ob;
    *x = kr_int_as_i64(a, &oa);
    *y = kr_int_as_i64(b, &ob);
    return !oa && !ob;
}

// Small-int fast paths for the hottest operators; everything else goes
// through the generic slot dispatch.
KrObject *kr_ops_binary(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (kr_int_check_exact(a) && kr_int_check_exact(b)) {
        int64_t x, y;
        if (int_values(a, b, &x, &y)) {
            int64_t r;
            int base = op >= KR_BINOP_INPLACE ? op - KR_BINOP_INPLACE : op;
            switch (base) {
            case KR_BINOP_ADD:
                if (!__builtin_add_overflow(x, y, &r)) {
                    return kr_int_from_i64(ts, r);
                }
                break;
            case KR_BINOP_SUBTRACT:
                if (!__builtin_sub_overflow(x, y, &r)) {
                    return kr_int_from_i64(ts, r);
                }
                break;
            case KR_BINOP_MULTIPLY:
                if (!__builtin_mul_overflow(x, y, &r)) {
                    return kr_int_from_i64(ts, r);
                }
                break;
            case KR_BINOP_AND:
                return kr_int_from_i64(ts, x & y);
            case KR_BINOP_OR:
                return kr_int_from_i64(ts, x | y);
            case KR_BINOP_XOR:
                return kr_int_from_i64(ts, x ^ y);
            case KR_BINOP_FLOOR_DIVIDE:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    int64_t q = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) {
                        q--;
                    }
                    return kr_int_from_i64(ts, q);
                }
                break;
            case KR_BINOP_REMAINDER:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    int64_t m = x % y;
                    if (m != 0 && ((m < 0) != (y < 0))) {
                        m += y;
                    }
                    return kr_int_from_i64(ts, m);
                }
                break;
            default:
                break;
            }
        }
    } else if (kr_float_check_exact(a) && kr_float_check_exact(b)) {
        double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b);
        int base = op >= KR_BINOP_INPLACE ? op - KR_BINOP_INPLACE : op;
        switch (base) {
        case KR_BINOP_ADD:
            return kr_float_from_double(ts, x + y);
        case KR_BINOP_SUBTRACT:
            return kr_float_from_double(ts, x - y);
        case KR_BINOP_MULTIPLY:
            return kr_float_from_double(ts, x * y);
        case KR_BINOP_TRUE_DIVIDE:
            if (y != 0.0) {
                return kr_float_from_double(ts, x / y);
            }
            break;
        case KR_BINOP_POWER:
            // A positive base never needs a complex result; overflow, inf
            // and nan go the long way for CPython's errors and special cases.
            if (x > 0.0) {
                double r = pow(x, y);
                if (isfinite(r) && isfinite(x) && isfinite(y)) {
                    return kr_float_from_double(ts, r);
                }
            }
            break;
        default:
            break;
        }
    } else if (kr_float_check_exact(a) && kr_int_check_exact(b)) {
        // float op small int (x * 2, x / 3): the int rounds to a double as in CPython.
        int64_t y;
        int base = op >= KR_BINOP_INPLACE ? op - KR_BINOP_INPLACE : op;
        if (kr_ops_word_value(b, &y) && (base == KR_BINOP_ADD || base == KR_BINOP_SUBTRACT || base == KR_BINOP_MULTIPLY ||
                                  (base == KR_BINOP_TRUE_DIVIDE && y != 0))) {
            double x = KR_FLOAT_VALUE(a), d = (double)y;
            double r = base == KR_BINOP_ADD        ? x + d
                       : base == KR_BINOP_SUBTRACT ? x - d
                       : base == KR_BINOP_MULTIPLY ? x * d
                                                   : x / d;
            return kr_float_from_double(ts, r);
        }
    }
    return kr_binop(ts, a, b, op);
}

KrObject *kr_ops_compare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (kr_int_check_exact(a) && kr_int_check_exact(b)) {
        int64_t x, y;
        if (int_values(a, b, &x, &y)) {
            bool r;
            switch (op) {
            case KR_LT: r = x < y; break;
            case KR_LE: r = x <= y; break;
            case KR_EQ: r = x == y; break;
            case KR_NE: r = x != y; break;
            case KR_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            return KR_INCREF(KR_BOOL(r));
        }
    }
    return kr_compare(ts, a, b, op);
}

int kr_ops_dict_update(KrThread *ts, KrObject *dict, KrObject *mapping) {
    if (!kr_dict_check(mapping) && !kr_type_lookup(ts, KR_TYPE(mapping), KR_ID(ts, keys))) {
        if (kr_err_occurred(ts)) {
            return -1;
        }
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not a mapping", kr_type_name_cstr(KR_TYPE(mapping)));
        return -1;
    }
    return kr_dict_update(ts, dict, mapping);
}

// "__main__.f()" / "print()": how CPython names a callable in call errors.
static KrObject *func_desc(KrThread *ts, KrObject *func) {
    if (KR_TYPE(func) == &kr_function_type) {
        KrFunction *f = (KrFunction *)func;
        if (f->module && kr_str_check(f->module) && !kr_str_equal_cstr(f->module, "builtins")) {
            return kr_str_from_format(ts, "%U.%U()", f->module, f->qualname);
        }
        return kr_str_from_format(ts, "%U()", f->qualname);
    }
    KrObject *q = kr_getattr_opt(ts, func, KR_ID(ts, __qualname__));
    if (q && kr_str_check(q)) {
        KrObject *r = kr_str_from_format(ts, "%U()", q);
        KR_DECREF(ts, q);
        return r;
    }
    KR_XDECREF(ts, q);
    kr_err_clear(ts);
    return kr_str_from_format(ts, "%s object", kr_type_name_cstr(KR_TYPE(func)));
}

KrObject *kr_ops_star_args(KrThread *ts, KrObject *func, KrObject *iterable) {
    if (!KR_TYPE(iterable)->iter && !KR_TYPE(iterable)->getitem) {
        KrObject *d = func_desc(ts, func);
        if (d) {
            kr_err_format(ts, &kr_exc_TypeError, "%U argument after * must be an iterable, not %s", d,
                          kr_type_name_cstr(KR_TYPE(iterable)));
            KR_DECREF(ts, d);
        }
        return NULL;
    }
    return kr_tuple_from_iterable(ts, iterable);
}

int kr_ops_dict_merge(KrThread *ts, KrObject *dict, KrObject *mapping, KrObject *func) {
    bool is_mapping = kr_dict_check(mapping) || kr_type_lookup(ts, KR_TYPE(mapping), KR_ID(ts, keys));
    if (!is_mapping) {
        KrObject *d = func ? func_desc(ts, func) : NULL;
        if (d) {
            kr_err_format(ts, &kr_exc_TypeError, "%U argument after ** must be a mapping, not %s", d,
                          kr_type_name_cstr(KR_TYPE(mapping)));
            KR_DECREF(ts, d);
        }
        return -1;
    }
    if (kr_dict_merge_map(ts, dict, mapping, true) < 0) {
        if (kr_err_matches(ts, &kr_exc_KeyError) && func) {
            KrObject *e = kr_err_fetch(ts);
            KrObject *args = ((KrException *)e)->args;
            KrObject *key = args && KR_TUPLE_SIZE(args) ? KR_TUPLE_GET(args, 0) : KR_NONE;
            KrObject *d = func_desc(ts, func);
            if (d) {
                if (kr_str_check(key)) {
                    kr_err_format(ts, &kr_exc_TypeError, "%U got multiple values for keyword argument '%U'", d, key);
                } else {
                    kr_err_format(ts, &kr_exc_TypeError, "%U keywords must be strings", d);
                }
                KR_DECREF(ts, d);
            }
            KR_DECREF(ts, e);
        }
        return -1;
    }
    return 0;
}

int kr_ops_unpack(KrThread *ts, KrObject *seq, int before, int after, KrObject **out) {
    bool exact = after < 0;
    int want = exact ? before : before + after;
    if (exact && (KR_TYPE(seq) == &kr_tuple_type || KR_TYPE(seq) == &kr_list_type)) {
        intptr_t n = KR_TYPE(seq) == &kr_tuple_type ? KR_TUPLE_SIZE(seq) : KR_LIST_SIZE(seq);
        KrObject **items = KR_TYPE(seq) == &kr_tuple_type ? KR_TUPLE_ITEMS(seq) : KR_LIST_ITEMS(seq);
        if (n == want) {
            for (int i = 0; i < want; i++) {
                out[want - 1 - i] = KR_INCREF(items[i]);
            }
            return 0;
        }
        if (n < want) {
            kr_err_format(ts, &kr_exc_ValueError, "not enough values to unpack (expected %d, got %d)", want, (int)n);
        } else {
            kr_err_format(ts, &kr_exc_ValueError, "too many values to unpack (expected %d)", want);
        }
        return -1;
    }
    if (!KR_TYPE(seq)->iter && !KR_TYPE(seq)->getitem) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot unpack non-iterable %s object", kr_type_name_cstr(KR_TYPE(seq)));
        return -1;
    }
    KrObject *it = kr_iter(ts, seq);
    if (!it) {
        return -1;
    }
    int total = exact ? want : before + 1 + after;
    int got = 0;
    for (; got < before; got++) {
        KrObject *v = kr_next(ts, it);
        if (!v) {
            if (!kr_err_occurred(ts)) {
                if (exact) {
                    kr_err_format(ts, &kr_exc_ValueError, "not enough values to unpack (expected %d, got %d)", want,
                                  got);
                } else {
                    kr_err_format(ts, &kr_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)", want, got);
                }
            }
            goto fail;
        }
        out[total - 1 - got] = v;
    }
    if (exact) {
        KrObject *extra = kr_next(ts, it);
        if (extra) {
            KR_DECREF(ts, extra);
            kr_err_format(ts, &kr_exc_ValueError, "too many values to unpack (expected %d)", want);
            goto fail;
        }
        if (kr_err_occurred(ts)) {
            goto fail;
        }
        KR_DECREF(ts, it);
        return 0;
    }
    KrObject *rest = kr_list_from_iterable(ts, it);
    if (!rest) {
        goto fail;
    }
    intptr_t n = KR_LIST_SIZE(rest);
    if (n < after) {
        kr_err_format(ts, &kr_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)", want,
                      before + (int)n);
        KR_DECREF(ts, rest);
        goto fail;
    }
    // The last `after` items move from the list to the stack.
    for (int i = 0; i < after; i++) {
        out[after - 1 - i] = KR_LIST_ITEMS(rest)[n - after + i];
    }
    ((KrList *)rest)->size = n - after;
    out[after] = rest;
    KR_DECREF(ts, it);
    return 0;
fail:
    for (int i = 0; i < got; i++) {
        KR_DECREF(ts, out[total - 1 - i]);
    }
    KR_DECREF(ts, it);
    return -1;
}

KrObject *kr_ops_format_value(KrThread *ts, KrObject *v, int conversion, KrObject *spec) {
    KrObject *conv = NULL;
    switch (conversion) {
    case 1:
        conv = kr_str(ts, v);
        break;
    case 2:
        conv = kr_repr(ts, v);
        break;
    case 3:
        conv = kr_ascii(ts, v);
        break;
    default:
        conv = KR_INCREF(v);
    }
    if (!conv) {
        return NULL;
    }
    if (kr_str_check_exact(conv) && (!spec || KR_STR_LEN(spec) == 0)) {
        return conv;
    }
    KrObject *r = kr_format(ts, conv, spec);
    KR_DECREF(ts, conv);
    return r;
}

KrObject *kr_ops_annotations_dict(KrThread *ts, KrObject *annotations) {
    if (kr_dict_check(annotations)) {
        return KR_INCREF(annotations);
    }
    KrObject *d = kr_dict_new(ts);
    if (!d) {
        return NULL;
    }
    if (kr_tuple_check(annotations)) {
        for (intptr_t i = 0; i + 1 < KR_TUPLE_SIZE(annotations); i += 2) {
            if (kr_dict_set_item(ts, d, KR_TUPLE_GET(annotations, i), KR_TUPLE_GET(annotations, i + 1)) < 0) {
                KR_DECREF(ts, d);
                return NULL;
            }
        }
    }
    return d;
}

// Turns `raise X` / `raise X from Y` operands into an exception instance.
static KrObject *make_exception(KrThread *ts, KrObject *x, const char *what) {
    if (kr_isinstance_type(x, &kr_type_type) && kr_exception_type_check(x)) {
        KrObject *e = kr_call0(ts, x);
        if (e && !kr_exception_check(e)) {
            kr_err_format(ts, &kr_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %R", x,
                          (KrObject *)KR_TYPE(e));
            KR_CLEAR(ts, e);
        }
        return e;
    }
    if (kr_exception_check(x)) {
        return KR_INCREF(x);
    }
    kr_err_set_str(ts, &kr_exc_TypeError, what);
    return NULL;
}

void kr_ops_do_raise(KrThread *ts, KrObject *exc, KrObject *cause) {
    KrObject *e = make_exception(ts, exc, "exceptions must derive from BaseException");
    KR_DECREF(ts, exc);
    if (!e) {
        KR_XDECREF(ts, cause);
        return;
    }
    if (cause) {
        KrObject *c = NULL;
        if (cause != KR_NONE) {
            c = make_exception(ts, cause, "exception causes must derive from BaseException");
            if (!c) {
                KR_DECREF(ts, cause);
                KR_DECREF(ts, e);
                return;
            }
        }
        KR_DECREF(ts, cause);
        KR_SETREF(ts, ((KrException *)e)->cause, c);
        ((KrException *)e)->suppress_context = true;
    }
    kr_err_set_object(ts, e);
}

static int check_exc_class(KrThread *ts, KrObject *type) {
    if (kr_isinstance_type(type, &kr_type_type) && kr_exception_type_check(type)) {
        return 0;
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int kr_ops_exc_match(KrThread *ts, KrObject *exc, KrObject *type) {
    if (kr_tuple_check(type)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(type); i++) {
            if (check_exc_class(ts, KR_TUPLE_GET(type, i)) < 0) {
                return -1;
            }
        }
    } else if (check_exc_class(ts, type) < 0) {
        return -1;
    }
    return kr_isinstance(ts, exc, type);
}

int kr_ops_check_eg_match(KrThread *ts, KrObject **top, KrObject *type, KrObject **match) {
    KrObject *rest = NULL;
    int rc = -1;
    bool tuple = kr_tuple_check(type);
    intptr_t n = tuple ? KR_TUPLE_SIZE(type) : 1;
    for (intptr_t i = 0; i < n; i++) {
        if (check_exc_class(ts, tuple ? KR_TUPLE_GET(type, i) : type) < 0) {
            goto done;
        }
    }
    for (intptr_t i = 0; i < n; i++) {
        if (kr_type_is_subtype((KrType *)(tuple ? KR_TUPLE_GET(type, i) : type), &kr_exc_BaseExceptionGroup)) {
            kr_err_set_str(ts, &kr_exc_TypeError,
                           "catching ExceptionGroup with except* is not allowed. Use except instead.");
            goto done;
        }
    }
    if (kr_exc_group_match(ts, *top, type, match, &rest) < 0) {
        goto done;
    }
    if (*match != KR_NONE) {
        // The handler sees its part as the exception being handled (bare
        // `raise`, sys.exc_info()); what is left goes on to the next clause.
        KR_SETREF(ts, *top, rest);
        KR_SETREF(ts, ts->exc_info, KR_INCREF(*match));
    } else {
        KR_DECREF(ts, rest);
    }
    rc = 0;
done:
    KR_DECREF(ts, type);
    return rc;
}

KrObject *kr_ops_before_with(KrThread *ts, KrObject *mgr, KrObject **exit) {
    KrObject *enter = kr_type_lookup(ts, KR_TYPE(mgr), KR_ID(ts, __enter__));
    KrObject *ex = enter ? kr_type_lookup(ts, KR_TYPE(mgr), KR_ID(ts, __exit__)) : NULL;
    if (!enter || !ex) {
        if (!kr_err_occurred(ts)) {
            if (!enter) {
                kr_err_format(ts, &kr_exc_TypeError, "'%s' object does not support the context manager protocol",
                              kr_type_name_cstr(KR_TYPE(mgr)));
            } else {
                kr_err_format(ts, &kr_exc_TypeError,
                              "'%s' object does not support the context manager protocol (missed __exit__ method)",
                              kr_type_name_cstr(KR_TYPE(mgr)));
            }
        }
        return NULL;
    }
    KrObject *bound_exit = kr_getattr(ts, mgr, KR_ID(ts, __exit__));
    if (!bound_exit) {
        return NULL;
    }
    KrObject *res = kr_call_method(ts, mgr, KR_ID(ts, __enter__), NULL, 0);
    if (!res) {
        KR_DECREF(ts, bound_exit);
        return NULL;
    }
    *exit = bound_exit;
    return res;
}

// PRINT_EXPR (the REPL's expression statements): sys.displayhook(v).
int kr_ops_print_expr(KrThread *ts, KrObject *v) {
    KrObject *hook = kr_dict_get_item_str(ts, ts->vm->sys_dict, "displayhook");
    if (!hook) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "lost sys.displayhook");
        }
        return -1;
    }
    KR_INCREF(hook);
    KrObject *res = kr_call(ts, hook, &v, 1, NULL);
    KR_DECREF(ts, hook);
    KR_XDECREF(ts, res);
    return res ? 0 : -1;
}

// IMPORT_NAME and IMPORT_FROM: the import system (import.c) does the work.
KrObject *kr_ops_import_name(KrThread *ts, KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level) {
    int ovf = 0;
    int64_t lv = kr_int_check(level) ? kr_int_as_i64(level, &ovf) : 0;
    if (ovf || lv > INT32_MAX) {
        lv = INT32_MAX;
    }
    return kr_import_module_level(ts, name, f->globals, fromlist, (int)lv);
}

KrObject *kr_ops_import_from(KrThread *ts, KrObject *module, KrObject *name) {
    return kr_import_from(ts, module, name);
}

int kr_ops_import_star(KrThread *ts, KrObject *ns, KrObject *module) {
    KrObject *d = kr_object_get_dict(ts, module, false);
    if (!d) {
        kr_err_set_str(ts, &kr_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    KrObject *all = kr_dict_get_item_str(ts, d, "__all__");
    if (all) {
        KrObject *it = kr_iter(ts, all);
        if (!it) {
            return -1;
        }
        KrObject *n;
        while ((n = kr_next(ts, it))) {
            if (!kr_str_check(n)) {
                KrObject *mn = kr_getattr_opt(ts, module, KR_ID(ts, __name__));
                kr_err_format(ts, &kr_exc_TypeError, "Item in %S.__all__ must be str, not %T", mn ? mn : KR_NONE, n);
                KR_XDECREF(ts, mn);
                KR_DECREF(ts, n);
                KR_DECREF(ts, it);
                return -1;
            }
            KrObject *v = kr_getattr(ts, module, n);
            int r = v ? kr_setitem(ts, ns, n, v) : -1;
            KR_XDECREF(ts, v);
            KR_DECREF(ts, n);
            if (r < 0) {
                KR_DECREF(ts, it);
                return -1;
            }
        }
        KR_DECREF(ts, it);
        return kr_err_occurred(ts) ? -1 : 0;
    }
    intptr_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (kr_str_check(k) && KR_STR_LEN(k) > 0 && kr_str_char_at(k, 0) == '_') {
            continue;
        }
        if (kr_setitem(ts, ns, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

KrObject *kr_ops_stop_iteration_value(KrThread *ts) {
    if (!kr_err_occurred(ts)) {
        return KR_INCREF(KR_NONE);
    }
    if (!kr_err_matches(ts, &kr_exc_StopIteration)) {
        return NULL;
    }
    KrObject *e = kr_err_fetch(ts);
    KrObject *d = kr_object_get_dict(ts, e, false);
    KrObject *v = d ? kr_dict_get_item_str(ts, d, "value") : NULL;
    v = v ? KR_INCREF(v) : KR_INCREF(KR_NONE);
    KR_DECREF(ts, e);
    return v;
}

// ---- helpers of the eval loop's opcodes (errors, lookups, handlers) ----------

void kr_ops_name_error(KrThread *ts, KrObject *name) {
    kr_err_format(ts, &kr_exc_NameError, "name '%U' is not defined", name);
    KrObject *d = ts->exc ? kr_object_get_dict(ts, ts->exc, true) : NULL;
    if (d) {
        kr_dict_set_item(ts, d, KR_ID(ts, name), name);
    }
}

void kr_ops_unbound_local(KrThread *ts, KrObject *name) {
    kr_err_format(ts, &kr_exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                  name);
}

void kr_ops_unbound_deref(KrThread *ts, KrCode *co, int i) {
    intptr_t ncell = KR_TUPLE_SIZE(co->cellvars);
    if (i < ncell) {
        kr_ops_unbound_local(ts, KR_TUPLE_GET(co->cellvars, i));
    } else {
        kr_err_format(ts, &kr_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      KR_TUPLE_GET(co->freevars, i - ncell));
    }
}

KrObject *kr_ops_deref_name(KrCode *co, int i) {
    intptr_t ncell = KR_TUPLE_SIZE(co->cellvars);
    return i < ncell ? KR_TUPLE_GET(co->cellvars, i) : KR_TUPLE_GET(co->freevars, i - ncell);
}

int kr_ops_find_handler(KrCode *co, int32_t lasti, const KrExcEntry **out) {
    for (int32_t i = 0; i < co->nexc; i++) {
        const KrExcEntry *e = &co->exctab[i];
        if (lasti >= e->start && lasti < e->end) {
            *out = e;
            return 1;
        }
    }
    return 0;
}
