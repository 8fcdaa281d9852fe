// SPDX-License-Identifier: MIT
// str methods: searching, splitting, joining, stripping, padding, translation; and the method table.
#include <limits.h>
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "str_impl.h"
#include "unicode.h"

// ---- argument helpers -------------------------------------------------------------
// CPython's str methods come from three generations of argument parsing and
// word their arity errors differently; each helper reproduces one wording.

// Argument Clinic positional-only: "center expected at least 1 argument, got 0".
static int check_clinic(KrThread *ts, const char *name, size_t nargs, KrObject *kwnames, size_t min, size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)".
static int check_old(KrThread *ts, const char *name, size_t nargs, KrObject *kwnames, size_t min, size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int kr_str_methods_bind(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                     const char *const *names, size_t max, KrObject **out) {
    for (size_t i = 0; i < max; i++) {
        out[i] = NULL;
    }
    intptr_t nk = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    // Clinic counts positional and keyword arguments together first; with no
    // positional ones it says "keyword argument".
    if (nargs + (size_t)nk > max) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", name, max,
                      nargs == 0 ? "keyword " : "", max == 1 ? "" : "s", nargs + (size_t)nk);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    for (intptr_t k = 0; k < nk; k++) {
        KrObject *kw = KR_TUPLE_GET(kwnames, k);
        size_t i = 0;
        while (i < max && !kr_str_equal_cstr(kw, names[i])) {
            i++;
        }
        if (i == max) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw, name);
            return -1;
        }
        if (out[i]) {
            kr_err_format(ts, &kr_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", name,
                          names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    return 0;
}

int kr_str_methods_ssize(KrThread *ts, KrObject *o, intptr_t *out) {
    KrObject *idx = kr_number_index(ts, o);
    if (!idx) {
        return -1;
    }
    intptr_t v = kr_int_as_ssize(ts, idx);
    KR_DECREF(ts, idx);
    if (v == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    *out = v;
    return 0;
}

// A slice bound as _PyEval_SliceIndex reads it: None keeps the default, huge
// values clamp.
static int slice_index(KrThread *ts, KrObject *o, intptr_t *out) {
    if (!o || o == KR_NONE) {
        return 0;
    }
    if (!KR_TYPE(o)->nb_index) {
        kr_err_set_str(ts, &kr_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    KrObject *idx = kr_number_index(ts, o);
    if (!idx) {
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(idx, &overflow);
    if (overflow || v > INTPTR_MAX || v < INTPTR_MIN) {
        v = kr_int_sign(idx) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    KR_DECREF(ts, idx);
    *out = (intptr_t)v;
    return 0;
}

// Parses optional start/end arguments and clamps them as ADJUST_INDICES does.
static int parse_range(KrThread *ts, KrObject *const *args, size_t nargs, size_t first, intptr_t len,
                       intptr_t *start, intptr_t *end) {
    *start = 0;
    *end = INTPTR_MAX;
    if ((nargs > first && slice_index(ts, args[first], start) < 0) ||
        (nargs > first + 1 && slice_index(ts, args[first + 1], end) < 0)) {
        return -1;
    }
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
    return 0;
}

static int need_str(KrThread *ts, KrObject *o) {
    if (!kr_str_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "must be str, not %s", kr_type_name_cstr(KR_TYPE(o)));
        return -1;
    }
    return 0;
}

static KrObject *self_or_copy(KrThread *ts, KrObject *s) {
    if (kr_str_check_exact(s)) {
        KR_INCREF(s);
        return s;
    }
    return kr_str_substr(ts, s, 0, KR_STR_LEN(s) + 1);
}

// Appends s[start:end] to a list.
static int add_piece(KrThread *ts, KrObject *list, KrObject *s, intptr_t start, intptr_t end) {
    KrObject *piece = (start == 0 && end == KR_STR_LEN(s)) ? self_or_copy(ts, s) : kr_str_substr(ts, s, start, end);
    if (!piece) {
        return -1;
    }
    int r = kr_list_append(ts, list, piece);
    KR_DECREF(ts, piece);
    return r;
}

// ---- join / split ------------------------------------------------------------------

static KrObject *str_join(KrThread *ts, KrObject *self, KrObject *iterable) {
    if (kr_list_check(iterable)) {
        return kr_str_join(ts, self, KR_LIST_ITEMS(iterable), (size_t)KR_LIST_SIZE(iterable));
    }
    if (kr_tuple_check(iterable)) {
        return kr_str_join(ts, self, KR_TUPLE_ITEMS(iterable), (size_t)KR_TUPLE_SIZE(iterable));
    }
    if (!KR_TYPE(iterable)->iter && !KR_TYPE(iterable)->getitem) {
        kr_err_set_str(ts, &kr_exc_TypeError, "can only join an iterable");
        return NULL;
    }
    KrObject *list = kr_list_from_iterable(ts, iterable);
    if (!list) {
        return NULL;
    }
    KrObject *r = kr_str_join(ts, self, KR_LIST_ITEMS(list), (size_t)KR_LIST_SIZE(list));
    KR_DECREF(ts, list);
    return r;
}

static const char *const split_names[] = {"sep", "maxsplit"};

static int split_args(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                      KrObject **sep, intptr_t *maxsplit) {
    KrObject *a[2];
    if (kr_str_methods_bind(ts, name, args, nargs, kwnames, split_names, 2, a) < 0) {
        return -1;
    }
    *sep = (a[0] && a[0] != KR_NONE) ? a[0] : NULL;
    if (*sep && !kr_str_check(*sep)) {
        kr_err_format(ts, &kr_exc_TypeError, "must be str or None, not %s", kr_type_name_cstr(KR_TYPE(*sep)));
        return -1;
    }
    if (*sep && KR_STR_LEN(*sep) == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "empty separator");
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && kr_str_methods_ssize(ts, a[1], maxsplit) < 0) {
        return -1;
    }
    if (*maxsplit < 0) {
        *maxsplit = INTPTR_MAX;
    }
    return 0;
}

static bool space_at(KrObject *s, intptr_t i) {
    return kr_unicode_isspace(kr_str_char_at(s, i));
}

static KrObject *str_split(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *sep;
    intptr_t maxcount;
    if (split_args(ts, "split", args, nargs, kwnames, &sep, &maxcount) < 0) {
        return NULL;
    }
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    intptr_t len = KR_STR_LEN(self), i = 0;
    if (!sep) {
        while (maxcount-- > 0) {
            while (i < len && space_at(self, i)) {
                i++;
            }
            if (i == len) {
                break;
            }
            intptr_t j = i++;
            while (i < len && !space_at(self, i)) {
                i++;
            }
            if (add_piece(ts, list, self, j, i) < 0) {
                goto error;
            }
        }
        if (i < len) {
            while (i < len && space_at(self, i)) {
                i++;
            }
            if (i != len && add_piece(ts, list, self, i, len) < 0) {
                goto error;
            }
        }
        return list;
    }
    intptr_t seplen = KR_STR_LEN(sep);
    while (maxcount-- > 0) {
        intptr_t pos = kr_str_find(self, sep, i, len, false);
        if (pos < 0) {
            break;
        }
        if (add_piece(ts, list, self, i, pos) < 0) {
            goto error;
        }
        i = pos + seplen;
    }
    if (add_piece(ts, list, self, i, len) < 0) {
        goto error;
    }
    return list;
error:
    KR_DECREF(ts, list);
    return NULL;
}

static KrObject *str_rsplit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *sep;
    intptr_t maxcount;
    if (split_args(ts, "rsplit", args, nargs, kwnames, &sep, &maxcount) < 0) {
        return NULL;
    }
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    intptr_t len = KR_STR_LEN(self);
    if (!sep) {
        intptr_t i = len - 1;
        while (maxcount-- > 0) {
            while (i >= 0 && space_at(self, i)) {
                i--;
            }
            if (i < 0) {
                break;
            }
            intptr_t j = i--;
            while (i >= 0 && !space_at(self, i)) {
                i--;
            }
            if (add_piece(ts, list, self, i + 1, j + 1) < 0) {
                goto error;
            }
        }
        if (i >= 0) {
            while (i >= 0 && space_at(self, i)) {
                i--;
            }
            if (i >= 0 && add_piece(ts, list, self, 0, i + 1) < 0) {
                goto error;
            }
        }
    } else {
        intptr_t j = len, seplen = KR_STR_LEN(sep);
        while (maxcount-- > 0) {
            intptr_t pos = kr_str_find(self, sep, 0, j, true);
            if (pos < 0) {
                break;
            }
            if (add_piece(ts, list, self, pos + seplen, j) < 0) {
                goto error;
            }
            j = pos;
        }
        if (add_piece(ts, list, self, 0, j) < 0) {
            goto error;
        }
    }
    if (kr_list_reverse(ts, list) < 0) {
        goto error;
    }
    return list;
error:
    KR_DECREF(ts, list);
    return NULL;
}

static KrObject *str_splitlines(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    static const char *const names[] = {"keepends"};
    KrObject *a[1];
    intptr_t keepends = 0;
    if (kr_str_methods_bind(ts, "splitlines", args, nargs, kwnames, names, 1, a) < 0 ||
        (a[0] && kr_str_methods_ssize(ts, a[0], &keepends) < 0)) {
        return NULL;
    }
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    intptr_t len = KR_STR_LEN(self), i = 0;
    while (i < len) {
        intptr_t j = i;
        while (i < len && !kr_unicode_has(kr_str_char_at(self, i), KR_UC_LINEBREAK)) {
            i++;
        }
        intptr_t eol = i;
        if (i < len) {
            if (kr_str_char_at(self, i) == '\r' && i + 1 < len && kr_str_char_at(self, i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
            if (keepends) {
                eol = i;
            }
        }
        if (add_piece(ts, list, self, j, eol) < 0) {
            KR_DECREF(ts, list);
            return NULL;
        }
    }
    return list;
}

// ---- strip ---------------------------------------------------------------------------

static bool in_chars(KrObject *chars, uint32_t c) {
    intptr_t n = KR_STR_LEN(chars);
    for (intptr_t i = 0; i < n; i++) {
        if (kr_str_char_at(chars, i) == c) {
            return true;
        }
    }
    return false;
}

// which: 1 left, 2 right, 3 both.
static KrObject *do_strip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames,
                          const char *name, int which) {
    if (check_clinic(ts, name, nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    KrObject *chars = nargs ? args[0] : NULL;
    if (chars == KR_NONE) {
        chars = NULL;
    }
    if (chars && !kr_str_check(chars)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s arg must be None or str", name);
        return NULL;
    }
    intptr_t i = 0, j = KR_STR_LEN(self);
    if (which & 1) {
        while (i < j && (chars ? in_chars(chars, kr_str_char_at(self, i)) : space_at(self, i))) {
            i++;
        }
    }
    if (which & 2) {
        while (j > i && (chars ? in_chars(chars, kr_str_char_at(self, j - 1)) : space_at(self, j - 1))) {
            j--;
        }
    }
    if (i == 0 && j == KR_STR_LEN(self)) {
        return self_or_copy(ts, self);
    }
    return kr_str_substr(ts, self, i, j);
}

static KrObject *str_strip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return do_strip(ts, self, args, nargs, kwnames, "strip", 3);
}

static KrObject *str_lstrip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return do_strip(ts, self, args, nargs, kwnames, "lstrip", 1);
}

static KrObject *str_rstrip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return do_strip(ts, self, args, nargs, kwnames, "rstrip", 2);
}

// ---- replace / search -------------------------------------------------------------

// replace() of ASCII text by ASCII text, copied in two passes (count, then
// fill) with no builder. KR_NOTIMPL (borrowed) when the result is at
// most one character long: the generic path returns the cached one.
static KrObject *replace_ascii(KrThread *ts, KrObject *self, KrObject *old, KrObject *new_, intptr_t count) {
    intptr_t len = KR_STR_LEN(self), oldlen = KR_STR_LEN(old), newlen = KR_STR_LEN(new_);
    intptr_t n = 0;
    for (intptr_t i = 0; n < count; n++) {
        intptr_t pos = kr_str_find(self, old, i, len, false);
        if (pos < 0) {
            break;
        }
        i = pos + oldlen;
    }
    if (n == 0) {
        return self_or_copy(ts, self);
    }
    if (newlen > oldlen && n > (INTPTR_MAX - len) / (newlen - oldlen)) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "replace string is too long");
        return NULL;
    }
    intptr_t rlen = len + n * (newlen - oldlen);
    if (rlen <= 1) {
        return KR_NOTIMPL;
    }
    KrObject *r = kr_str_new(ts, rlen, 127);
    if (!r) {
        return NULL;
    }
    const char *src = KR_STR_DATA(self), *rep = KR_STR_DATA(new_);
    char *dst = KR_STR_DATA(r);
    intptr_t i = 0;
    for (intptr_t k = 0; k < n; k++) {
        intptr_t pos = kr_str_find(self, old, i, len, false);
        memcpy(dst, src + i, (size_t)(pos - i));
        dst += pos - i;
        memcpy(dst, rep, (size_t)newlen);
        dst += newlen;
        i = pos + oldlen;
    }
    memcpy(dst, src + i, (size_t)(len - i));
    return r;
}

static KrObject *str_replace(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (check_clinic(ts, "replace", nargs, kwnames, 2, 3) < 0) {
        return NULL;
    }
    for (int k = 0; k < 2; k++) {
        if (!kr_str_check(args[k])) {
            kr_err_format(ts, &kr_exc_TypeError, "replace() argument %d must be str, not %s", k + 1,
                          kr_arg_type_name(args[k]));
            return NULL;
        }
    }
    KrObject *old = args[0], *new_ = args[1];
    intptr_t count = -1;
    if (nargs > 2 && kr_str_methods_ssize(ts, args[2], &count) < 0) {
        return NULL;
    }
    if (count < 0) {
        count = INTPTR_MAX;
    }
    intptr_t len = KR_STR_LEN(self), oldlen = KR_STR_LEN(old);
    if (oldlen > 0 && ((KrStr *)self)->ascii && ((KrStr *)new_)->ascii) {
        KrObject *r = replace_ascii(ts, self, old, new_, count);
        if (r != KR_NOTIMPL) {
            return r;
        }
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t done = 0;
    if (oldlen == 0) {
        for (intptr_t i = 0; i <= len; i++) {
            if (done < count) {
                kr_sb_add_str(ts, &sb, new_);
                done++;
            }
            if (i < len) {
                kr_sb_add_char(ts, &sb, kr_str_char_at(self, i));
            }
        }
    } else {
        intptr_t i = 0;
        while (done < count) {
            intptr_t pos = kr_str_find(self, old, i, len, false);
            if (pos < 0) {
                break;
            }
            for (intptr_t k = i; k < pos; k++) {
                kr_sb_add_char(ts, &sb, kr_str_char_at(self, k));
            }
            kr_sb_add_str(ts, &sb, new_);
            i = pos + oldlen;
            done++;
        }
        if (done == 0) {
            kr_sb_discard(ts, &sb);
            return self_or_copy(ts, self);
        }
        for (; i < len; i++) {
            kr_sb_add_char(ts, &sb, kr_str_char_at(self, i));
        }
    }
    return kr_sb_finish(ts, &sb);
}

// find/rfind/index/rindex: sub, start, end. Returns -2 on error.
static intptr_t find_common(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames,
                            const char *name, bool reverse) {
    if (check_old(ts, name, nargs, kwnames, 1, 3) < 0 || need_str(ts, args[0]) < 0) {
        return -2;
    }
    intptr_t start, end;
    if (parse_range(ts, args, nargs, 1, KR_STR_LEN(self), &start, &end) < 0) {
        return -2;
    }
    if (start > KR_STR_LEN(self)) {
        return -1;
    }
    return kr_str_find(self, args[0], start, end, reverse);
}

static KrObject *str_find(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t r = find_common(ts, self, args, nargs, kwnames, "find", false);
    return r == -2 ? NULL : kr_int_from_i64(ts, r);
}

static KrObject *str_rfind(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t r = find_common(ts, self, args, nargs, kwnames, "rfind", true);
    return r == -2 ? NULL : kr_int_from_i64(ts, r);
}

static KrObject *index_result(KrThread *ts, intptr_t r) {
    if (r == -2) {
        return NULL;
    }
    if (r == -1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "substring not found");
        return NULL;
    }
    return kr_int_from_i64(ts, r);
}

static KrObject *str_index(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return index_result(ts, find_common(ts, self, args, nargs, kwnames, "index", false));
}

static KrObject *str_rindex(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return index_result(ts, find_common(ts, self, args, nargs, kwnames, "rindex", true));
}

static KrObject *str_count(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (check_old(ts, "count", nargs, kwnames, 1, 3) < 0 || need_str(ts, args[0]) < 0) {
        return NULL;
    }
    intptr_t start, end;
    if (parse_range(ts, args, nargs, 1, KR_STR_LEN(self), &start, &end) < 0) {
        return NULL;
    }
    if (start > KR_STR_LEN(self)) {
        return kr_int_from_i64(ts, 0);
    }
    return kr_int_from_i64(ts, kr_str_count(self, args[0], start, end, -1));
}

// Does self[start:end] start (or end) with sub? As CPython's tailmatch.
static bool tailmatch(KrObject *self, KrObject *sub, intptr_t start, intptr_t end, bool at_end) {
    intptr_t m = KR_STR_LEN(sub);
    if (end - m < start) {
        return false;
    }
    if (m == 0) {
        return true;
    }
    intptr_t pos = at_end ? end - m : start;
    for (intptr_t i = 0; i < m; i++) {
        if (kr_str_char_at(self, pos + i) != kr_str_char_at(sub, i)) {
            return false;
        }
    }
    return true;
}

static KrObject *starts_ends(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames,
                             const char *name, bool at_end) {
    if (check_old(ts, name, nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    intptr_t start, end;
    if (parse_range(ts, args, nargs, 1, KR_STR_LEN(self), &start, &end) < 0) {
        return NULL;
    }
    KrObject *x = args[0];
    if (kr_tuple_check(x)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(x); i++) {
            KrObject *p = KR_TUPLE_GET(x, i);
            if (!kr_str_check(p)) {
                kr_err_format(ts, &kr_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              kr_type_name_cstr(KR_TYPE(p)));
                return NULL;
            }
            if (tailmatch(self, p, start, end, at_end)) {
                return kr_bool_from(true);
            }
        }
        return kr_bool_from(false);
    }
    if (!kr_str_check(x)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                      kr_type_name_cstr(KR_TYPE(x)));
        return NULL;
    }
    return kr_bool_from(tailmatch(self, x, start, end, at_end));
}

static KrObject *str_startswith(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    return starts_ends(ts, self, args, nargs, kwnames, "startswith", false);
}

static KrObject *str_endswith(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return starts_ends(ts, self, args, nargs, kwnames, "endswith", true);
}

// ---- padding ------------------------------------------------------------------------

static KrObject *pad(KrThread *ts, KrObject *self, intptr_t left, intptr_t right, uint32_t fill) {
    if (left < 0) {
        left = 0;
    }
    if (right < 0) {
        right = 0;
    }
    if (left == 0 && right == 0) {
        return self_or_copy(ts, self);
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_repeat(ts, &sb, fill, (size_t)left);
    kr_sb_add_str(ts, &sb, self);
    kr_sb_add_repeat(ts, &sb, fill, (size_t)right);
    return kr_sb_finish(ts, &sb);
}

// which: 0 center, 1 ljust, 2 rjust.
static KrObject *justify(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames,
                         const char *name, int which) {
    if (check_clinic(ts, name, nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    intptr_t width;
    if (kr_str_methods_ssize(ts, args[0], &width) < 0) {
        return NULL;
    }
    uint32_t fill = ' ';
    if (nargs > 1) {
        if (!kr_str_check(args[1])) {
            kr_err_format(ts, &kr_exc_TypeError, "The fill character must be a unicode character, not %s",
                          kr_type_name_cstr(KR_TYPE(args[1])));
            return NULL;
        }
        if (KR_STR_LEN(args[1]) != 1) {
            kr_err_set_str(ts, &kr_exc_TypeError, "The fill character must be exactly one character long");
            return NULL;
        }
        fill = kr_str_char_at(args[1], 0);
    }
    intptr_t len = KR_STR_LEN(self);
    if (len >= width) {
        return self_or_copy(ts, self);
    }
    intptr_t marg = width - len;
    if (which == 1) {
        return pad(ts, self, 0, marg, fill);
    }
    if (which == 2) {
        return pad(ts, self, marg, 0, fill);
    }
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(ts, self, left, marg - left, fill);
}

static KrObject *str_center(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return justify(ts, self, args, nargs, kwnames, "center", 0);
}

static KrObject *str_ljust(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return justify(ts, self, args, nargs, kwnames, "ljust", 1);
}

static KrObject *str_rjust(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return justify(ts, self, args, nargs, kwnames, "rjust", 2);
}

static KrObject *str_zfill(KrThread *ts, KrObject *self, KrObject *arg) {
    intptr_t width;
    if (kr_str_methods_ssize(ts, arg, &width) < 0) {
        return NULL;
    }
    intptr_t len = KR_STR_LEN(self);
    if (len >= width) {
        return self_or_copy(ts, self);
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t start = 0;
    if (len > 0) {
        uint32_t c = kr_str_char_at(self, 0);
        if (c == '+' || c == '-') {
            kr_sb_add_char(ts, &sb, c);
            start = 1;
        }
    }
    kr_sb_add_repeat(ts, &sb, '0', (size_t)(width - len));
    for (intptr_t i = start; i < len; i++) {
        kr_sb_add_char(ts, &sb, kr_str_char_at(self, i));
    }
    return kr_sb_finish(ts, &sb);
}

static KrObject *str_expandtabs(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    static const char *const names[] = {"tabsize"};
    KrObject *a[1];
    intptr_t tabsize = 8;
    if (kr_str_methods_bind(ts, "expandtabs", args, nargs, kwnames, names, 1, a) < 0) {
        return NULL;
    }
    if (a[0] && kr_str_methods_ssize(ts, a[0], &tabsize) < 0) {
        if (kr_err_matches(ts, &kr_exc_OverflowError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    // CPython takes tabsize as a C int; a bigger one could only build a string
    // too large for memory, so it is refused up front.
    if (tabsize > INT_MAX || tabsize < INT_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t col = 0, len = KR_STR_LEN(self);
    for (intptr_t i = 0; i < len && !sb.failed; i++) {
        uint32_t c = kr_str_char_at(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t n = tabsize - col % tabsize;
                col += n;
                kr_sb_add_repeat(ts, &sb, ' ', (size_t)n);
            }
        } else {
            kr_sb_add_char(ts, &sb, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return kr_sb_finish(ts, &sb);
}

// ---- partition / prefix --------------------------------------------------------------

static KrObject *do_partition(KrThread *ts, KrObject *self, KrObject *sep, bool reverse) {
    if (need_str(ts, sep) < 0) {
        return NULL;
    }
    intptr_t len = KR_STR_LEN(self), seplen = KR_STR_LEN(sep);
    if (seplen == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "empty separator");
        return NULL;
    }
    intptr_t pos = kr_str_find(self, sep, 0, len, reverse);
    KrObject *parts[3] = {NULL, NULL, NULL};
    if (pos < 0) {
        parts[reverse ? 2 : 0] = self_or_copy(ts, self);
        parts[1] = kr_str_empty(ts);
        parts[reverse ? 0 : 2] = kr_str_empty(ts);
    } else {
        parts[0] = kr_str_substr(ts, self, 0, pos);
        parts[1] = self_or_copy(ts, sep);
        parts[2] = kr_str_substr(ts, self, pos + seplen, len);
    }
    KrObject *r = NULL;
    if (parts[0] && parts[1] && parts[2]) {
        r = kr_tuple_from_array(ts, parts, 3);
    }
    for (int i = 0; i < 3; i++) {
        KR_XDECREF(ts, parts[i]);
    }
    return r;
}

static KrObject *str_partition(KrThread *ts, KrObject *self, KrObject *sep) {
    return do_partition(ts, self, sep, false);
}

static KrObject *str_rpartition(KrThread *ts, KrObject *self, KrObject *sep) {
    return do_partition(ts, self, sep, true);
}

static KrObject *remove_affix(KrThread *ts, KrObject *self, KrObject *affix, const char *name, bool suffix) {
    if (!kr_str_check(affix)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument must be str, not %s", name,
                      kr_arg_type_name(affix));
        return NULL;
    }
    intptr_t len = KR_STR_LEN(self), m = KR_STR_LEN(affix);
    if (m > 0 && tailmatch(self, affix, 0, len, suffix)) {
        return suffix ? kr_str_substr(ts, self, 0, len - m) : kr_str_substr(ts, self, m, len);
    }
    return self_or_copy(ts, self);
}

static KrObject *str_removeprefix(KrThread *ts, KrObject *self, KrObject *prefix) {
    return remove_affix(ts, self, prefix, "removeprefix", false);
}

static KrObject *str_removesuffix(KrThread *ts, KrObject *self, KrObject *suffix) {
    return remove_affix(ts, self, suffix, "removesuffix", true);
}

// Pickling a str subclass instance rebuilds it from an exact str copy.
static KrObject *str_getnewargs(KrThread *ts, KrObject *self) {
    KrObject *copy = kr_str_substr(ts, self, 0, KR_STR_LEN(self));
    if (!copy) {
        return NULL;
    }
    KrObject *t = kr_tuple_pack(ts, 1, copy);
    KR_DECREF(ts, copy);
    return t;
}

// ---- maketrans / translate -----------------------------------------------------------

static int set_char_key(KrThread *ts, KrObject *d, uint32_t key, KrObject *value) {
    KrObject *k = kr_int_from_i64(ts, key);
    if (!k) {
        return -1;
    }
    int r = kr_dict_set_item(ts, d, k, value);
    KR_DECREF(ts, k);
    return r;
}

static KrObject *str_maketrans(KrThread *ts, KrObject *unused, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    (void)unused;
    if (check_clinic(ts, "maketrans", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    for (size_t i = 1; i < nargs; i++) {
        if (!kr_str_check(args[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                          kr_arg_type_name(args[i]));
            return NULL;
        }
    }
    KrObject *d = kr_dict_new(ts);
    if (!d) {
        return NULL;
    }
    if (nargs == 1) {
        KrObject *x = args[0];
        if (!kr_dict_check(x)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        intptr_t pos = 0;
        KrObject *key, *value;
        while (kr_dict_next(x, &pos, &key, &value)) {
            if (kr_str_check(key)) {
                if (KR_STR_LEN(key) != 1) {
                    kr_err_set_str(ts, &kr_exc_ValueError, "string keys in translate table must be of length 1");
                    goto error;
                }
                if (set_char_key(ts, d, kr_str_char_at(key, 0), value) < 0) {
                    goto error;
                }
            } else if (kr_int_check(key)) {
                if (kr_dict_set_item(ts, d, key, value) < 0) {
                    goto error;
                }
            } else {
                kr_err_set_str(ts, &kr_exc_TypeError, "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    KrObject *x = args[0], *y = args[1];
    if (!kr_str_check(x)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
        goto error;
    }
    if (KR_STR_LEN(x) != KR_STR_LEN(y)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "the first two maketrans arguments must have equal length");
        goto error;
    }
    for (intptr_t i = 0; i < KR_STR_LEN(x); i++) {
        KrObject *v = kr_int_from_i64(ts, kr_str_char_at(y, i));
        if (!v) {
            goto error;
        }
        int r = set_char_key(ts, d, kr_str_char_at(x, i), v);
        KR_DECREF(ts, v);
        if (r < 0) {
            goto error;
        }
    }
    if (nargs > 2) {
        for (intptr_t i = 0; i < KR_STR_LEN(args[2]); i++) {
            if (set_char_key(ts, d, kr_str_char_at(args[2], i), KR_NONE) < 0) {
                goto error;
            }
        }
    }
    return d;
error:
    KR_DECREF(ts, d);
    return NULL;
}

static KrObject *str_translate(KrThread *ts, KrObject *self, KrObject *table) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t len = KR_STR_LEN(self);
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = kr_str_char_at(self, i);
        KrObject *key = kr_int_from_i64(ts, c);
        if (!key) {
            goto error;
        }
        KrObject *v = kr_getitem(ts, table, key);
        KR_DECREF(ts, key);
        if (!v) {
            if (!kr_err_matches(ts, &kr_exc_LookupError)) {
                goto error;
            }
            kr_err_clear(ts);
            kr_sb_add_char(ts, &sb, c);
            continue;
        }
        if (v == KR_NONE) {
            // Deleted.
        } else if (kr_int_check(v)) {
            int overflow = 0;
            int64_t cp = kr_int_as_i64(v, &overflow);
            if (overflow || cp < 0 || cp > 0x10FFFF) {
                KR_DECREF(ts, v);
                kr_err_set_str(ts, &kr_exc_ValueError, "character mapping must be in range(0x110000)");
                goto error;
            }
            kr_sb_add_char(ts, &sb, (uint32_t)cp);
        } else if (kr_str_check(v)) {
            kr_sb_add_str(ts, &sb, v);
        } else {
            KR_DECREF(ts, v);
            kr_err_set_str(ts, &kr_exc_TypeError, "character mapping must return integer, None or str");
            goto error;
        }
        KR_DECREF(ts, v);
    }
    return kr_sb_finish(ts, &sb);
error:
    kr_sb_discard(ts, &sb);
    return NULL;
}

// ---- the method table -----------------------------------------------------------------

#define M_VAR(name, fn, doc) {name, (void *)(fn), KR_METH_VARARGS, false, false, doc}
#define M_O(name, fn, doc) {name, (void *)(fn), KR_METH_O, false, false, doc}
#define M_NO(name, fn, doc) {name, (void *)(fn), KR_METH_NOARGS, false, false, doc}

const KrMethodDef kr_str_methods[] = {
    M_NO("__getnewargs__", str_getnewargs, NULL),
    M_VAR("encode", kr_str_codec_encode_method, "Encode the string using the codec registered for encoding."),
    M_O("join", str_join, "Concatenate any number of strings."),
    M_VAR("split", str_split, "Return a list of the substrings in the string, using sep as the separator string."),
    M_VAR("rsplit", str_rsplit, "Return a list of the substrings in the string, using sep as the separator string."),
    M_VAR("splitlines", str_splitlines, "Return a list of the lines in the string, breaking at line boundaries."),
    M_VAR("strip", str_strip, "Return a copy of the string with leading and trailing whitespace removed."),
    M_VAR("lstrip", str_lstrip, "Return a copy of the string with leading whitespace removed."),
    M_VAR("rstrip", str_rstrip, "Return a copy of the string with trailing whitespace removed."),
    M_VAR("replace", str_replace, "Return a copy with all occurrences of substring old replaced by new."),
    M_VAR("find", str_find, "Return the lowest index in S where substring sub is found."),
    M_VAR("rfind", str_rfind, "Return the highest index in S where substring sub is found."),
    M_VAR("index", str_index, "Return the lowest index in S where substring sub is found."),
    M_VAR("rindex", str_rindex, "Return the highest index in S where substring sub is found."),
    M_VAR("count", str_count, "Return the number of non-overlapping occurrences of substring sub."),
    M_VAR("startswith", str_startswith, "Return True if S starts with the specified prefix, False otherwise."),
    M_VAR("endswith", str_endswith, "Return True if S ends with the specified suffix, False otherwise."),
    M_NO("upper", kr_str_case_upper, "Return a copy of the string converted to uppercase."),
    M_NO("lower", kr_str_case_lower, "Return a copy of the string converted to lowercase."),
    M_NO("casefold", kr_str_case_casefold, "Return a version of the string suitable for caseless comparisons."),
    M_NO("capitalize", kr_str_case_capitalize, "Return a capitalized version of the string."),
    M_NO("title", kr_str_case_title, "Return a version of the string where each word is titlecased."),
    M_NO("swapcase", kr_str_case_swapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
    M_NO("isdigit", kr_str_case_isdigit, "Return True if the string is a digit string, False otherwise."),
    M_NO("isdecimal", kr_str_case_isdecimal, "Return True if the string is a decimal string, False otherwise."),
    M_NO("isnumeric", kr_str_case_isnumeric, "Return True if the string is a numeric string, False otherwise."),
    M_NO("isalpha", kr_str_case_isalpha, "Return True if the string is an alphabetic string, False otherwise."),
    M_NO("isalnum", kr_str_case_isalnum, "Return True if the string is an alpha-numeric string, False otherwise."),
    M_NO("isspace", kr_str_case_isspace, "Return True if the string is a whitespace string, False otherwise."),
    M_NO("islower", kr_str_case_islower, "Return True if the string is a lowercase string, False otherwise."),
    M_NO("isupper", kr_str_case_isupper, "Return True if the string is an uppercase string, False otherwise."),
    M_NO("istitle", kr_str_case_istitle, "Return True if the string is a title-cased string, False otherwise."),
    M_NO("isidentifier", kr_str_case_isidentifier, "Return True if the string is a valid Python identifier, False otherwise."),
    M_NO("isascii", kr_str_case_isascii, "Return True if all characters in the string are ASCII, False otherwise."),
    M_NO("isprintable", kr_str_case_isprintable, "Return True if the string is printable, False otherwise."),
    M_VAR("center", str_center, "Return a centered string of length width."),
    M_VAR("ljust", str_ljust, "Return a left-justified string of length width."),
    M_VAR("rjust", str_rjust, "Return a right-justified string of length width."),
    M_O("zfill", str_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    M_O("partition", str_partition, "Partition the string into three parts using the given separator."),
    M_O("rpartition", str_rpartition, "Partition the string into three parts using the given separator."),
    M_VAR("expandtabs", str_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
    M_O("removeprefix", str_removeprefix, "Return a str with the given prefix string removed if present."),
    M_O("removesuffix", str_removesuffix, "Return a str with the given suffix string removed if present."),
    M_VAR("format", kr_str_format_call, "Return a formatted version of S, using substitutions from args and kwargs."),
    M_O("format_map", kr_str_format_map, "Return a formatted version of S, using substitutions from mapping."),
    M_O("__format__", kr_str_format_dunder, "Return a formatted version of the string as described by format_spec."),
    M_O("translate", str_translate, "Replace each character in the string using the given translation table."),
    {"maketrans", (void *)str_maketrans, KR_METH_VARARGS, true, false,
     "Return a translation table usable for str.translate()."},
    {NULL, NULL, 0, false, false, NULL},
};
