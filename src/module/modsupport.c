// SPDX-License-Identifier: MIT
// Small helpers shared by the builtin C modules (argument checks, module setup).
#include "modsupport.h"

#include <math.h>
#include <string.h>

#include "../compiler/ast.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../vm/vm.h"

KrObject *kr_modsupport_self_iter(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(self);
}

int kr_modsupport_no_kwargs(KrThread *ts, const char *fname, KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int kr_modsupport_nargs(KrThread *ts, const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    if (min == max) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s",
                      nargs);
    } else if (nargs < min) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                      min == 1 ? "" : "s", nargs);
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                      max == 1 ? "" : "s", nargs);
    }
    return -1;
}

int kr_modsupport_parse_old(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                            KrObject *kwnames, const char *const *names, int required, KrObject **out) {
    int nnames = 0;
    while (names[nnames]) {
        nnames++;
    }
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    if ((intptr_t)nargs + nkw > nnames) {
        kr_err_format(ts, &kr_exc_TypeError, "%s%s takes at most %d argument%s (%d given)", fname ? fname : "function",
                      fname ? "()" : "", nnames, nnames == 1 ? "" : "s", (int)(nargs + (size_t)nkw));
        return -1;
    }
    KrObject *bad = NULL;
    for (intptr_t k = 0; k < nkw && !bad; k++) {
        KrObject *kn = KR_TUPLE_GET(kwnames, k);
        bool known = false;
        for (int i = 0; i < nnames; i++) {
            known = known || kr_str_equal_cstr(kn, names[i]);
        }
        bad = known ? NULL : kn;
    }
    if (!bad) {
        return kr_parse_args(ts, fname, args, nargs, kwnames, names, required, 0, nnames, out);
    }
    // Missing arguments are reported before the unknown keyword: parse the
    // positional arguments alone to find them.
    if (kr_parse_args(ts, fname, args, nargs, NULL, names, (int)nargs < required ? (int)nargs : required, 0, nnames,
                      out) < 0) {
        return -1;
    }
    for (int i = (int)nargs; i < required; i++) {
        bool given = false;
        for (intptr_t k = 0; k < nkw; k++) {
            given = given || kr_str_equal_cstr(KR_TUPLE_GET(kwnames, k), names[i]);
        }
        if (!given) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i],
                          i + 1);
            return -1;
        }
    }
    kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s%s", bad,
                  fname ? fname : "this function", fname ? "()" : "");
    return -1;
}

int kr_modsupport_add(KrThread *ts, KrObject *module, const char *name, KrObject *value) {
    if (!value) {
        return -1;
    }
    int r = kr_dict_set_item_str(ts, KR_MODULE_DICT(module), name, value);
    KR_DECREF(ts, value);
    return r;
}

KrObject *kr_modsupport_module(KrThread *ts, const char *name, const char *doc, const KrMethodDef *fns,
                               KrType *const *types) {
    KrObject *n = kr_str_intern_cstr(ts, name);
    KrObject *m = n ? kr_module_new(ts, n) : NULL;
    KR_XDECREF(ts, n);
    if (!m || (fns && kr_module_add_functions(ts, m, fns) < 0)) {
        goto error;
    }
    if (doc && kr_modsupport_add(ts, m, "__doc__", kr_str_from_cstr(ts, doc)) < 0) {
        goto error;
    }
    for (size_t i = 0; types && types[i]; i++) {
        if (kr_dict_set_item_str(ts, KR_MODULE_DICT(m), kr_type_name_cstr(types[i]), (KrObject *)types[i]) < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}

KrObject *kr_modsupport_new_class(KrThread *ts, const char *module, const char *name, KrObject *bases) {
    KrObject *n = kr_str_from_cstr(ts, name);
    KrObject *mod = n ? kr_str_from_cstr(ts, module) : NULL;
    KrObject *ns = mod ? kr_dict_new(ts) : NULL;
    KrObject *cls = NULL;
    if (ns && kr_dict_set_item(ts, ns, KR_ID(ts, __module__), mod) == 0) {
        cls = kr_type_new_class(ts, &kr_type_type, n, bases, ns);
    }
    KR_XDECREF(ts, n);
    KR_XDECREF(ts, mod);
    KR_XDECREF(ts, ns);
    return cls;
}

KrObject *kr_modsupport_exception(KrThread *ts, const char *module, const char *name, KrType *base) {
    KrObject *bases = kr_tuple_pack(ts, 1, (KrObject *)base);
    KrObject *cls = bases ? kr_modsupport_new_class(ts, module, name, bases) : NULL;
    KR_XDECREF(ts, bases);
    return cls;
}

int kr_modsupport_run_prelude(KrThread *ts, KrObject *module, const char *src, const char *filename) {
    KrObject *d = KR_MODULE_DICT(module);
    KrObject *code = kr_compile_source(ts, src, strlen(src), filename, KR_MODE_EXEC, NULL);
    KrObject *r = code ? kr_eval_code(ts, code, d, d) : NULL;
    KR_XDECREF(ts, code);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

int kr_modsupport_time_t(KrThread *ts, double d, int64_t *out) {
    if (isnan(d)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (int64_t)d;
    return 0;
}

int kr_modsupport_timeout_ns(KrThread *ts, KrObject *o, int64_t unit_ns, const char *type_msg, int64_t *out) {
    if (kr_float_check(o)) {
        double d = kr_float_as_double(ts, o) * (double)unit_ns;
        return kr_modsupport_time_t(ts, d >= 0 ? ceil(d) : floor(d), out);
    }
    KrObject *n = kr_number_index(ts, o);
    if (!n) {
        if (type_msg && kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_TypeError, type_msg);
        }
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(n, &overflow);
    KR_DECREF(ts, n);
    if (overflow || __builtin_mul_overflow(v, unit_ns, out)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}
