// SPDX-License-Identifier: MIT
// The _bisect module: binary search and sorted insertion in sequences.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// Parses (a, x, lo=0, hi=None, *, key=None) with CPython's messages.
static int bisect_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                       KrObject **out, intptr_t *lo, intptr_t *hi) {
    static const char *const names[] = {"a", "x", "lo", "hi", "key", NULL};
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 5) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at most 5 arguments (%zu given)", fname, nargs + nkw);
        return -1;
    }
    if (nargs > 4) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at most 4 positional arguments (%zu given)", fname, nargs);
        return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        KrObject *kn = KR_TUPLE_GET(kwnames, k);
        bool known = false;
        for (size_t i = 0; names[i]; i++) {
            known = known || kr_str_equal_cstr(kn, names[i]);
        }
        if (!known) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
    }
    if (kr_parse_args(ts, fname, args, nargs, kwnames, names, 2, 0, 4, out) < 0) {
        return -1;
    }
    *lo = 0;
    *hi = -1;
    if (out[2]) {
        *lo = kr_slice_ssize_arg(ts, out[2]);
        if (*lo == -1 && kr_err_occurred(ts)) {
            return -1;
        }
    }
    if (out[3] && out[3] != KR_NONE) {
        if (!KR_INDEX_CHECK(out[3])) {
            kr_err_format(ts, &kr_exc_TypeError, "argument should be integer or None, not '%T'", out[3]);
            return -1;
        }
        *hi = kr_slice_as_ssize(ts, out[3], &kr_exc_OverflowError);
        if (*hi == -1 && kr_err_occurred(ts)) {
            return -1;
        }
    }
    if (out[4] == KR_NONE) {
        out[4] = NULL;
    }
    return 0;
}

// a[i], read directly from lists.
static KrObject *item_at(KrThread *ts, KrObject *a, intptr_t i) {
    if (kr_list_check(a)) {
        if (i >= KR_LIST_SIZE(a)) {
            kr_err_set_str(ts, &kr_exc_IndexError, "list index out of range");
            return NULL;
        }
        return KR_INCREF(KR_LIST_ITEMS(a)[i]);
    }
    KrObject *idx = kr_int_from_i64(ts, i);
    KrObject *r = idx ? kr_getitem(ts, a, idx) : NULL;
    KR_XDECREF(ts, idx);
    return r;
}

// The insertion point of x in a[lo:hi]: after equal items (`right`) or before.
static intptr_t search(KrThread *ts, KrObject *a, KrObject *x, intptr_t lo, intptr_t hi, KrObject *key,
                       bool right) {
    if (lo < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        // PySequence_Size: mappings have a length but are no sequences.
        if (kr_dict_check(a)) {
            kr_err_format(ts, &kr_exc_TypeError, "%T is not a sequence", a);
            return -1;
        }
        hi = kr_len(ts, a);
        if (hi < 0) {
            return -1;
        }
    }
    while (lo < hi) {
        intptr_t mid = (intptr_t)(((size_t)lo + (size_t)hi) / 2);
        KrObject *item = item_at(ts, a, mid);
        if (item && key) {
            KR_SETREF(ts, item, kr_call1(ts, key, item));
        }
        if (!item) {
            return -1;
        }
        int lt = right ? kr_compare_bool(ts, x, item, KR_LT) : kr_compare_bool(ts, item, x, KR_LT);
        KR_DECREF(ts, item);
        if (lt < 0) {
            return -1;
        }
        if (lt == right) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

static KrObject *bisect_common(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                               KrObject *kwnames, bool right) {
    KrObject *a[5];
    intptr_t lo, hi;
    if (bisect_args(ts, fname, args, nargs, kwnames, a, &lo, &hi) < 0) {
        return NULL;
    }
    intptr_t i = search(ts, a[0], a[1], lo, hi, a[4], right);
    return i < 0 ? NULL : kr_int_from_i64(ts, i);
}

static KrObject *insort_common(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                               KrObject *kwnames, bool right) {
    KrObject *a[5];
    intptr_t lo, hi;
    if (bisect_args(ts, fname, args, nargs, kwnames, a, &lo, &hi) < 0) {
        return NULL;
    }
    KrObject *k = a[4] ? kr_call1(ts, a[4], a[1]) : KR_INCREF(a[1]);
    if (!k) {
        return NULL;
    }
    intptr_t i = search(ts, a[0], k, lo, hi, a[4], right);
    KR_DECREF(ts, k);
    if (i < 0) {
        return NULL;
    }
    KrObject *idx = kr_int_from_i64(ts, i);
    if (!idx) {
        return NULL;
    }
    KrObject *argv[2] = {idx, a[1]};
    KrObject *name = kr_str_intern_cstr(ts, "insert");
    KrObject *r = NULL;
    if (name) {
        // Exact lists insert directly; anything else goes through its insert method.
        if (KR_TYPE(a[0]) == &kr_list_type) {
            r = kr_call_method(ts, a[0], name, argv, 2);
        } else {
            KrObject *meth = kr_getattr(ts, a[0], name);
            r = meth ? kr_call(ts, meth, argv, 2, NULL) : NULL;
            KR_XDECREF(ts, meth);
        }
    }
    KR_XDECREF(ts, name);
    KR_DECREF(ts, idx);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KR_RETURN_NONE;
}

static KrObject *bisect_bisect_right(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)self;
    return bisect_common(ts, "bisect_right", args, nargs, kwnames, true);
}

static KrObject *bisect_bisect_left(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames) {
    (void)self;
    return bisect_common(ts, "bisect_left", args, nargs, kwnames, false);
}

static KrObject *bisect_insort_right(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)self;
    return insort_common(ts, "insort_right", args, nargs, kwnames, true);
}

static KrObject *bisect_insort_left(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames) {
    (void)self;
    return insort_common(ts, "insort_left", args, nargs, kwnames, false);
}

#define KR_BISECT_SLICE_DOC                                                                                    \
    "\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."

static const KrMethodDef bisect_functions[] = {
    {"bisect_right", (void *)bisect_bisect_right, KR_METH_VARARGS, false, false,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
     "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just after the rightmost x already there." KR_BISECT_SLICE_DOC},
    {"insort_right", (void *)bisect_insort_right, KR_METH_VARARGS, false, false,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the right of the rightmost x." KR_BISECT_SLICE_DOC},
    {"bisect_left", (void *)bisect_bisect_left, KR_METH_VARARGS, false, false,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e < x, and all e in\n"
     "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just before the leftmost x already there." KR_BISECT_SLICE_DOC},
    {"insort_left", (void *)bisect_insort_left, KR_METH_VARARGS, false, false,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the left of the leftmost x." KR_BISECT_SLICE_DOC},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_bisect_create(KrThread *ts) {
    return kr_modsupport_module(ts, "_bisect",
                                "Bisection algorithms.\n\n"
                                "This module provides support for maintaining a list in sorted order without\n"
                                "having to sort the list after each insertion. For long lists of items with\n"
                                "expensive comparison operations, this can be an improvement over the more\n"
                                "common approach.\n",
                                bisect_functions, NULL);
}
