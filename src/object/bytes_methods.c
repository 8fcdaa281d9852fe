// SPDX-License-Identifier: MIT
// The methods bytes and bytearray share, each written once over a (pointer, length) view; and both method tables.
#include <string.h>

#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

// ---- views and results -------------------------------------------------------------

void kr_bytes_self(KrObject *self, const char **p, intptr_t *n) {
    if (kr_bytearray_check(self)) {
        KrByteArray *ba = (KrByteArray *)self;
        *p = ba->data ? ba->data : "";
        *n = ba->size;
    } else {
        *p = KR_BYTES_DATA(self);
        *n = KR_BYTES_SIZE(self);
    }
}

static bool is_ba(KrObject *self) {
    return kr_bytearray_check(self);
}

KrObject *kr_bytes_like(KrThread *ts, KrObject *self, const char *p, intptr_t n) {
    return is_ba(self) ? kr_bytearray_from(ts, p, n) : kr_bytes_from(ts, p, (size_t)n);
}

// Returns self unchanged for an exact bytes (CPython shares it), else a copy.
static KrObject *same_or_copy(KrThread *ts, KrObject *self) {
    if (KR_TYPE(self) == &kr_bytes_type) {
        return KR_INCREF(self);
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    return kr_bytes_like(ts, self, p, n);
}

intptr_t kr_bytes_find_mem(const char *h, intptr_t hn, const char *nd, intptr_t nn, bool reverse) {
    if (nn == 0) {
        return reverse ? hn : 0;
    }
    if (nn > hn) {
        return -1;
    }
    if (!reverse) {
        const char *s = h, *last = h + hn - nn;
        while (s <= last) {
            const char *f = memchr(s, nd[0], (size_t)(last - s + 1));
            if (!f) {
                return -1;
            }
            if (memcmp(f, nd, (size_t)nn) == 0) {
                return f - h;
            }
            s = f + 1;
        }
        return -1;
    }
    for (intptr_t i = hn - nn; i >= 0; i--) {
        if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)nn) == 0) {
            return i;
        }
    }
    return -1;
}

// ---- argument helpers -------------------------------------------------------------

// PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)".
static int check_old(KrThread *ts, KrObject *self, const char *name, size_t nargs, KrObject *kwnames, size_t min,
                     size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.%s() takes no keyword arguments",
                      is_ba(self) ? "bytearray" : "bytes", name);
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

// Argument Clinic positional-only: "center expected at least 1 argument, got 0".
static int check_clinic(KrThread *ts, KrObject *self, const char *name, size_t nargs, KrObject *kwnames, size_t min,
                        size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.%s() takes no keyword arguments",
                      self && is_ba(self) ? "bytearray" : "bytes", name);
        return -1;
    }
    if (min == max && nargs != min) {
        kr_err_format(ts, &kr_exc_TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s",
                      nargs);
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

// Clinic with keywords: binds to `names` with "'x' is an invalid keyword argument for f()".
int kr_bytes_methods_bind(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                const char *const *names, size_t max, KrObject **out) {
    for (size_t i = 0; i < max; i++) {
        out[i] = NULL;
    }
    intptr_t nk = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    if (nargs + (size_t)nk > max) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                      max == 1 ? "" : "s", nargs + (size_t)nk);
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

static int ssize_arg(KrThread *ts, KrObject *o, intptr_t *out) {
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

// A C int argument (hex's bytes_per_sep), OverflowError as CPython words it.
static int int_arg(KrThread *ts, KrObject *o, intptr_t *out) {
    KrObject *idx = kr_number_index(ts, o);
    if (!idx) {
        return -1;
    }
    int ovf;
    int64_t v = kr_int_as_i64(idx, &ovf);
    KR_DECREF(ts, idx);
    if (ovf || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}

// Parses optional start/end arguments and clamps them as ADJUST_INDICES does.
static int parse_range(KrThread *ts, KrObject *const *args, size_t nargs, size_t first, intptr_t len,
                       intptr_t *start, intptr_t *end) {
    *start = 0;
    *end = INTPTR_MAX;
    if ((nargs > first && kr_slice_index(ts, args[first], start) < 0) ||
        (nargs > first + 1 && kr_slice_index(ts, args[first + 1], end) < 0)) {
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

// The needle of find/count/index: an int (one byte) or a bytes-like object.
static int needle_arg(KrThread *ts, KrObject *o, char *one, const char **p, intptr_t *n) {
    if (KR_INDEX_CHECK(o)) {
        unsigned char c;
        if (kr_bytes_byte_value(ts, o, &c) < 0) {
            return -1;
        }
        *one = (char)c;
        *p = one;
        *n = 1;
        return 0;
    }
    int r = kr_bytes_buffer(ts, o, p, n);
    if (r == 0) {
        kr_err_format(ts, &kr_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                      kr_type_name_cstr(KR_TYPE(o)));
    }
    return r == 1 ? 0 : -1;
}

// ---- searching ------------------------------------------------------------------------

// find/rfind/index/rindex: the index, -1 if absent, -2 with an exception.
static intptr_t find_common(KrThread *ts, const char *name, KrObject *self, KrObject *const *args, size_t nargs,
                            KrObject *kwnames, bool reverse) {
    if (check_old(ts, self, name, nargs, kwnames, 1, 3) < 0) {
        return -2;
    }
    char one;
    const char *q;
    intptr_t qn;
    if (needle_arg(ts, args[0], &one, &q, &qn) < 0) {
        return -2;
    }
    const char *p;
    intptr_t n, start, end;
    kr_bytes_self(self, &p, &n);
    if (parse_range(ts, args, nargs, 1, n, &start, &end) < 0) {
        return -2;
    }
    kr_bytes_self(self, &p, &n);
    if (start > n || end - start < qn) {
        return -1;
    }
    intptr_t i = kr_bytes_find_mem(p + start, end - start, q, qn, reverse);
    return i < 0 ? -1 : i + start;
}

static KrObject *bytes_find(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t i = find_common(ts, "find", self, args, nargs, kwnames, false);
    return i == -2 ? NULL : kr_int_from_i64(ts, i);
}

static KrObject *bytes_rfind(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t i = find_common(ts, "rfind", self, args, nargs, kwnames, true);
    return i == -2 ? NULL : kr_int_from_i64(ts, i);
}

static KrObject *index_result(KrThread *ts, intptr_t i) {
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "subsection not found");
        return NULL;
    }
    return kr_int_from_i64(ts, i);
}

static KrObject *bytes_index(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return index_result(ts, find_common(ts, "index", self, args, nargs, kwnames, false));
}

static KrObject *bytes_rindex(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return index_result(ts, find_common(ts, "rindex", self, args, nargs, kwnames, true));
}

static KrObject *bytes_count(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (check_old(ts, self, "count", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    char one;
    const char *q;
    intptr_t qn;
    if (needle_arg(ts, args[0], &one, &q, &qn) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n, start, end;
    kr_bytes_self(self, &p, &n);
    if (parse_range(ts, args, nargs, 1, n, &start, &end) < 0) {
        return NULL;
    }
    kr_bytes_self(self, &p, &n);
    if (start > n || end < start) {
        return kr_int_from_i64(ts, 0);
    }
    if (qn == 0) {
        return kr_int_from_i64(ts, end - start + 1);
    }
    intptr_t count = 0;
    for (intptr_t i = start; i + qn <= end;) {
        intptr_t f = kr_bytes_find_mem(p + i, end - i, q, qn, false);
        if (f < 0) {
            break;
        }
        count++;
        i += f + qn;
    }
    return kr_int_from_i64(ts, count);
}

// startswith/endswith: one prefix, at `start`..`end` of p.
static bool tailmatch(const char *p, intptr_t len, const char *s, intptr_t slen, intptr_t start, intptr_t end,
                      bool at_end) {
    if (start > len) {
        return false;
    }
    if (at_end) {
        if (end - start < slen) {
            return false;
        }
        if (end - slen > start) {
            start = end - slen;
        }
    }
    if (end - start < slen) {
        return false;
    }
    return slen == 0 || memcmp(p + start, s, (size_t)slen) == 0;
}

static KrObject *startsends(KrThread *ts, const char *name, KrObject *self, KrObject *const *args, size_t nargs,
                            KrObject *kwnames, bool at_end) {
    if (check_old(ts, self, name, nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n, start, end;
    kr_bytes_self(self, &p, &n);
    if (parse_range(ts, args, nargs, 1, n, &start, &end) < 0) {
        return NULL;
    }
    kr_bytes_self(self, &p, &n);
    KrObject *arg = args[0];
    if (kr_tuple_check(arg)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(arg); i++) {
            const char *s;
            intptr_t sn;
            if (kr_bytes_buffer_req(ts, KR_TUPLE_GET(arg, i), &s, &sn) < 0) {
                return NULL;
            }
            if (tailmatch(p, n, s, sn, start, end, at_end)) {
                return KR_TRUE;
            }
        }
        return KR_FALSE;
    }
    const char *s;
    intptr_t sn;
    int r = kr_bytes_buffer(ts, arg, &s, &sn);
    if (r <= 0) {
        if (r == 0) {
            kr_err_format(ts, &kr_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                          kr_type_name_cstr(KR_TYPE(arg)));
        }
        return NULL;
    }
    return KR_BOOL(tailmatch(p, n, s, sn, start, end, at_end));
}

static KrObject *bytes_startswith(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    return startsends(ts, "startswith", self, args, nargs, kwnames, false);
}

static KrObject *bytes_endswith(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    return startsends(ts, "endswith", self, args, nargs, kwnames, true);
}

// ---- character classes and case ---------------------------------------------------

static bool b_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool b_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool b_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static bool b_alpha(unsigned char c) {
    return b_upper(c) || b_lower(c);
}
static bool b_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static bool b_alnum(unsigned char c) {
    return b_alpha(c) || b_digit(c);
}
static unsigned char to_upper(unsigned char c) {
    return b_lower(c) ? (unsigned char)(c - 32) : c;
}
static unsigned char to_lower(unsigned char c) {
    return b_upper(c) ? (unsigned char)(c + 32) : c;
}

static KrObject *all_of(KrObject *self, bool (*pred)(unsigned char)) {
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    if (n == 0) {
        return KR_FALSE;
    }
    for (intptr_t i = 0; i < n; i++) {
        if (!pred((unsigned char)p[i])) {
            return KR_FALSE;
        }
    }
    return KR_TRUE;
}

static KrObject *bytes_isalpha(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_of(self, b_alpha);
}
static KrObject *bytes_isdigit(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_of(self, b_digit);
}
static KrObject *bytes_isalnum(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_of(self, b_alnum);
}
static KrObject *bytes_isspace(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_of(self, b_space);
}

static KrObject *bytes_isascii(KrThread *ts, KrObject *self) {
    (void)ts;
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    for (intptr_t i = 0; i < n; i++) {
        if ((unsigned char)p[i] >= 0x80) {
            return KR_FALSE;
        }
    }
    return KR_TRUE;
}

// isupper / islower: at least one cased byte and none of the other case.
static KrObject *cased_check(KrObject *self, bool upper) {
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    bool cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (upper ? b_lower(c) : b_upper(c)) {
            return KR_FALSE;
        }
        cased |= upper ? b_upper(c) : b_lower(c);
    }
    return KR_BOOL(cased);
}

static KrObject *bytes_isupper(KrThread *ts, KrObject *self) {
    (void)ts;
    return cased_check(self, true);
}
static KrObject *bytes_islower(KrThread *ts, KrObject *self) {
    (void)ts;
    return cased_check(self, false);
}

static KrObject *bytes_istitle(KrThread *ts, KrObject *self) {
    (void)ts;
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    bool cased = false, prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (b_upper(c)) {
            if (prev_cased) {
                return KR_FALSE;
            }
            prev_cased = cased = true;
        } else if (b_lower(c)) {
            if (!prev_cased) {
                return KR_FALSE;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return KR_BOOL(cased);
}

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static KrObject *map_case(KrThread *ts, KrObject *self, int how) {
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    KrObject *r = kr_bytes_like(ts, self, p, n);
    if (!r) {
        return NULL;
    }
    const char *rp0;
    intptr_t rn;
    kr_bytes_self(r, &rp0, &rn);
    unsigned char *q = (unsigned char *)rp0;
    bool prev_cased = false;
    for (intptr_t i = 0; i < rn; i++) {
        unsigned char c = q[i];
        switch (how) {
        case CASE_UPPER: c = to_upper(c); break;
        case CASE_LOWER: c = to_lower(c); break;
        case CASE_SWAP: c = b_upper(c) ? to_lower(c) : to_upper(c); break;
        case CASE_CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        default:
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = b_alpha(c);
            break;
        }
        q[i] = c;
    }
    return r;
}

static KrObject *bytes_upper(KrThread *ts, KrObject *self) {
    return map_case(ts, self, CASE_UPPER);
}
static KrObject *bytes_lower(KrThread *ts, KrObject *self) {
    return map_case(ts, self, CASE_LOWER);
}
static KrObject *bytes_swapcase(KrThread *ts, KrObject *self) {
    return map_case(ts, self, CASE_SWAP);
}
static KrObject *bytes_capitalize(KrThread *ts, KrObject *self) {
    return map_case(ts, self, CASE_CAPITALIZE);
}
static KrObject *bytes_title(KrThread *ts, KrObject *self) {
    return map_case(ts, self, CASE_TITLE);
}

// ---- splitting and joining ---------------------------------------------------------

static int append_piece(KrThread *ts, KrObject *list, KrObject *self, const char *p, intptr_t n) {
    KrObject *piece = kr_bytes_like(ts, self, p, n);
    if (!piece) {
        return -1;
    }
    int r = kr_list_append(ts, list, piece);
    KR_DECREF(ts, piece);
    return r;
}

// split/rsplit(sep=None, maxsplit=-1).
static KrObject *split_common(KrThread *ts, const char *name, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames, bool reverse) {
    static const char *const names[] = {"sep", "maxsplit"};
    KrObject *a[2];
    if (kr_bytes_methods_bind(ts, name, args, nargs, kwnames, names, 2, a) < 0) {
        return NULL;
    }
    intptr_t maxsplit = -1;
    if (a[1] && ssize_arg(ts, a[1], &maxsplit) < 0) {
        return NULL;
    }
    if (maxsplit < 0) {
        maxsplit = INTPTR_MAX;
    }
    const char *sep = NULL;
    intptr_t sn = 0;
    if (a[0] && a[0] != KR_NONE) {
        if (kr_bytes_buffer_req(ts, a[0], &sep, &sn) < 0) {
            return NULL;
        }
        if (sn == 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "empty separator");
            return NULL;
        }
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    if (!sep) {
        if (!reverse) {
            intptr_t i = 0;
            while (true) {
                while (i < n && b_space((unsigned char)p[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (maxsplit-- == 0) {
                    if (append_piece(ts, list, self, p + i, n - i) < 0) {
                        goto error;
                    }
                    break;
                }
                intptr_t j = i;
                while (j < n && !b_space((unsigned char)p[j])) {
                    j++;
                }
                if (append_piece(ts, list, self, p + i, j - i) < 0) {
                    goto error;
                }
                i = j;
            }
        } else {
            intptr_t i = n;
            while (true) {
                while (i > 0 && b_space((unsigned char)p[i - 1])) {
                    i--;
                }
                if (i == 0) {
                    break;
                }
                if (maxsplit-- == 0) {
                    if (append_piece(ts, list, self, p, i) < 0) {
                        goto error;
                    }
                    break;
                }
                intptr_t j = i;
                while (j > 0 && !b_space((unsigned char)p[j - 1])) {
                    j--;
                }
                if (append_piece(ts, list, self, p + j, i - j) < 0) {
                    goto error;
                }
                i = j;
            }
        }
    } else if (!reverse) {
        intptr_t i = 0;
        while (maxsplit-- > 0) {
            intptr_t f = kr_bytes_find_mem(p + i, n - i, sep, sn, false);
            if (f < 0) {
                break;
            }
            if (append_piece(ts, list, self, p + i, f) < 0) {
                goto error;
            }
            i += f + sn;
        }
        if (append_piece(ts, list, self, p + i, n - i) < 0) {
            goto error;
        }
    } else {
        intptr_t e = n;
        while (maxsplit-- > 0) {
            intptr_t f = kr_bytes_find_mem(p, e, sep, sn, true);
            if (f < 0) {
                break;
            }
            if (append_piece(ts, list, self, p + f + sn, e - f - sn) < 0) {
                goto error;
            }
            e = f;
        }
        if (append_piece(ts, list, self, p, e) < 0) {
            goto error;
        }
    }
    if (reverse && kr_list_reverse(ts, list) < 0) {
        goto error;
    }
    return list;
error:
    KR_DECREF(ts, list);
    return NULL;
}

static KrObject *bytes_split(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return split_common(ts, "split", self, args, nargs, kwnames, false);
}

static KrObject *bytes_rsplit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return split_common(ts, "rsplit", self, args, nargs, kwnames, true);
}

static KrObject *bytes_splitlines(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    static const char *const names[] = {"keepends"};
    KrObject *a[1];
    if (kr_bytes_methods_bind(ts, "splitlines", args, nargs, kwnames, names, 1, a) < 0) {
        return NULL;
    }
    int keep = 0;
    if (a[0]) {
        if (kr_str_check(a[0]) || !KR_INDEX_CHECK(a[0])) {
            KrObject *i = kr_number_index(ts, a[0]);
            if (!i) {
                return NULL;
            }
            KR_DECREF(ts, i);
        }
        keep = kr_is_true(ts, a[0]);
        if (keep < 0) {
            return NULL;
        }
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    intptr_t i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r') {
            j++;
        }
        intptr_t eol = j;
        if (j < n) {
            j += (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') ? 2 : 1;
        }
        if (append_piece(ts, list, self, p + i, (keep ? j : eol) - i) < 0) {
            KR_DECREF(ts, list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static KrObject *bytes_join(KrThread *ts, KrObject *self, KrObject *iterable) {
    if (!KR_TYPE(iterable)->iter && !KR_TYPE(iterable)->getitem) {
        kr_err_set_str(ts, &kr_exc_TypeError, "can only join an iterable");
        return NULL;
    }
    KrObject *items = kr_list_from_iterable(ts, iterable);
    if (!items) {
        return NULL;
    }
    KrByteBuf b = {0};
    for (intptr_t i = 0; i < KR_LIST_SIZE(items); i++) {
        KrObject *item = KR_LIST_ITEMS(items)[i];
        const char *q;
        intptr_t qn;
        int r = kr_bytes_buffer(ts, item, &q, &qn);
        if (r <= 0) {
            kr_err_clear(ts);
            kr_err_format(ts, &kr_exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", i,
                          kr_type_name_cstr(KR_TYPE(item)));
            goto error;
        }
        const char *p;
        intptr_t n;
        kr_bytes_self(self, &p, &n);
        if ((i > 0 && kr_bytes_buf_add(ts, &b, p, n) < 0) || kr_bytes_buf_add(ts, &b, q, qn) < 0) {
            goto error;
        }
    }
    KR_DECREF(ts, items);
    return kr_bytes_buf_finish(ts, &b, is_ba(self));
error:
    kr_bytes_buf_discard(ts, &b);
    KR_DECREF(ts, items);
    return NULL;
}

// partition / rpartition: (head, sep, tail).
static KrObject *partition_common(KrThread *ts, KrObject *self, KrObject *sepo, bool reverse) {
    const char *sep;
    intptr_t sn;
    if (kr_bytes_buffer_req(ts, sepo, &sep, &sn) < 0) {
        return NULL;
    }
    if (sn == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "empty separator");
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    intptr_t f = kr_bytes_find_mem(p, n, sep, sn, reverse);
    KrObject *parts[3] = {NULL, NULL, NULL};
    if (f < 0) {
        KrObject *whole = same_or_copy(ts, self);
        KrObject *e1 = kr_bytes_like(ts, self, "", 0);
        KrObject *e2 = kr_bytes_like(ts, self, "", 0);
        parts[0] = reverse ? e1 : whole;
        parts[1] = reverse ? e2 : e1;
        parts[2] = reverse ? whole : e2;
    } else {
        parts[0] = kr_bytes_like(ts, self, p, f);
        // bytes hands back the separator object itself (a memoryview stays one), as CPython.
        parts[1] = kr_bytearray_check(self) ? kr_bytes_like(ts, self, sep, sn) : KR_INCREF(sepo);
        parts[2] = kr_bytes_like(ts, self, p + f + sn, n - f - sn);
    }
    KrObject *r = NULL;
    if (parts[0] && parts[1] && parts[2]) {
        r = kr_tuple_pack(ts, 3, parts[0], parts[1], parts[2]);
    }
    for (int i = 0; i < 3; i++) {
        KR_XDECREF(ts, parts[i]);
    }
    return r;
}

static KrObject *bytes_partition(KrThread *ts, KrObject *self, KrObject *sep) {
    return partition_common(ts, self, sep, false);
}

static KrObject *bytes_rpartition(KrThread *ts, KrObject *self, KrObject *sep) {
    return partition_common(ts, self, sep, true);
}

// ---- stripping, padding, replacing --------------------------------------------------

static KrObject *strip_common(KrThread *ts, const char *name, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames, bool left, bool right) {
    if (check_clinic(ts, self, name, nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    const char *chars = NULL;
    intptr_t cn = 0;
    if (nargs == 1 && args[0] != KR_NONE && kr_bytes_buffer_req(ts, args[0], &chars, &cn) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    intptr_t i = 0, j = n;
    if (left) {
        while (i < j && (chars ? memchr(chars, p[i], (size_t)cn) != NULL : b_space((unsigned char)p[i]))) {
            i++;
        }
    }
    if (right) {
        while (j > i && (chars ? memchr(chars, p[j - 1], (size_t)cn) != NULL : b_space((unsigned char)p[j - 1]))) {
            j--;
        }
    }
    if (i == 0 && j == n) {
        return same_or_copy(ts, self);
    }
    return kr_bytes_like(ts, self, p + i, j - i);
}

static KrObject *bytes_strip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return strip_common(ts, "strip", self, args, nargs, kwnames, true, true);
}
static KrObject *bytes_lstrip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return strip_common(ts, "lstrip", self, args, nargs, kwnames, true, false);
}
static KrObject *bytes_rstrip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return strip_common(ts, "rstrip", self, args, nargs, kwnames, false, true);
}

// center/ljust/rjust(width, fillchar=b' ', /).
static KrObject *pad_common(KrThread *ts, const char *name, KrObject *self, KrObject *const *args, size_t nargs,
                            KrObject *kwnames, int how) {
    if (check_clinic(ts, self, name, nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    intptr_t width;
    if (ssize_arg(ts, args[0], &width) < 0) {
        return NULL;
    }
    char fill = ' ';
    if (nargs == 2) {
        KrObject *f = args[1];
        const char *fp;
        intptr_t fn;
        if (!(kr_bytes_check(f) || kr_bytearray_check(f)) || (kr_bytes_buffer(ts, f, &fp, &fn), fn != 1)) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                          kr_type_name_cstr(KR_TYPE(f)));
            return NULL;
        }
        fill = fp[0];
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    if (width <= n) {
        return same_or_copy(ts, self);
    }
    intptr_t pad = width - n, left;
    if (how == 0) {
        left = pad / 2 + (pad & width & 1);
    } else {
        left = how < 0 ? 0 : pad;
    }
    KrByteBuf out = {0};
    for (intptr_t i = 0; i < left; i++) {
        kr_bytes_buf_addc(ts, &out, fill);
    }
    kr_bytes_self(self, &p, &n);
    kr_bytes_buf_add(ts, &out, p, n);
    for (intptr_t i = left + n; i < width; i++) {
        if (kr_bytes_buf_addc(ts, &out, fill) < 0) {
            kr_bytes_buf_discard(ts, &out);
            return NULL;
        }
    }
    return kr_bytes_buf_finish(ts, &out, is_ba(self));
}

static KrObject *bytes_center(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return pad_common(ts, "center", self, args, nargs, kwnames, 0);
}
static KrObject *bytes_ljust(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return pad_common(ts, "ljust", self, args, nargs, kwnames, -1);
}
static KrObject *bytes_rjust(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return pad_common(ts, "rjust", self, args, nargs, kwnames, 1);
}

static KrObject *bytes_zfill(KrThread *ts, KrObject *self, KrObject *arg) {
    intptr_t width;
    if (ssize_arg(ts, arg, &width) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    if (width <= n) {
        return same_or_copy(ts, self);
    }
    KrByteBuf b = {0};
    intptr_t fill = width - n, i = 0;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) {
        kr_bytes_buf_addc(ts, &b, p[0]);
        i = 1;
    }
    for (intptr_t k = 0; k < fill; k++) {
        kr_bytes_buf_addc(ts, &b, '0');
    }
    if (kr_bytes_buf_add(ts, &b, p + i, n - i) < 0) {
        kr_bytes_buf_discard(ts, &b);
        return NULL;
    }
    return kr_bytes_buf_finish(ts, &b, is_ba(self));
}

static KrObject *bytes_expandtabs(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    static const char *const names[] = {"tabsize"};
    KrObject *a[1];
    if (kr_bytes_methods_bind(ts, "expandtabs", args, nargs, kwnames, names, 1, a) < 0) {
        return NULL;
    }
    intptr_t tab = 8;
    if (a[0] && ssize_arg(ts, a[0], &tab) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    KrByteBuf b = {0};
    intptr_t col = 0;
    for (intptr_t i = 0; i < n; i++) {
        char c = p[i];
        int rc = 0;
        if (c == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                col += k;
                while (k-- > 0 && rc == 0) {
                    rc = kr_bytes_buf_addc(ts, &b, ' ');
                }
            }
        } else {
            rc = kr_bytes_buf_addc(ts, &b, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (rc < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
    }
    return kr_bytes_buf_finish(ts, &b, is_ba(self));
}

static KrObject *bytes_replace(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (check_clinic(ts, self, "replace", nargs, kwnames, 2, 3) < 0) {
        return NULL;
    }
    const char *old, *new_;
    intptr_t on, nn, count = -1;
    if (kr_bytes_buffer_req(ts, args[0], &old, &on) < 0 || kr_bytes_buffer_req(ts, args[1], &new_, &nn) < 0) {
        return NULL;
    }
    if (nargs == 3 && ssize_arg(ts, args[2], &count) < 0) {
        return NULL;
    }
    if (count < 0) {
        count = INTPTR_MAX;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    KrByteBuf b = {0};
    intptr_t i = 0;
    int rc = 0;
    if (on == 0) {
        // An empty needle matches before every byte and at the end.
        for (; i <= n && rc == 0; i++) {
            if (count > 0) {
                rc = kr_bytes_buf_add(ts, &b, new_, nn);
                count--;
            }
            if (i < n && rc == 0) {
                rc = kr_bytes_buf_addc(ts, &b, p[i]);
            }
        }
    } else {
        while (count > 0 && rc == 0) {
            intptr_t f = kr_bytes_find_mem(p + i, n - i, old, on, false);
            if (f < 0) {
                break;
            }
            rc = kr_bytes_buf_add(ts, &b, p + i, f);
            if (rc == 0) {
                rc = kr_bytes_buf_add(ts, &b, new_, nn);
            }
            i += f + on;
            count--;
        }
        if (rc == 0) {
            rc = kr_bytes_buf_add(ts, &b, p + i, n - i);
        }
    }
    if (rc < 0) {
        kr_bytes_buf_discard(ts, &b);
        return NULL;
    }
    return kr_bytes_buf_finish(ts, &b, is_ba(self));
}

static KrObject *affix_common(KrThread *ts, KrObject *self, KrObject *arg, bool suffix) {
    const char *q;
    intptr_t qn;
    if (kr_bytes_buffer_req(ts, arg, &q, &qn) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    if (qn > 0 && qn <= n && memcmp(suffix ? p + n - qn : p, q, (size_t)qn) == 0) {
        return kr_bytes_like(ts, self, suffix ? p : p + qn, n - qn);
    }
    return same_or_copy(ts, self);
}

static KrObject *bytes_removeprefix(KrThread *ts, KrObject *self, KrObject *arg) {
    return affix_common(ts, self, arg, false);
}
static KrObject *bytes_removesuffix(KrThread *ts, KrObject *self, KrObject *arg) {
    return affix_common(ts, self, arg, true);
}

// ---- translate, hex, decode --------------------------------------------------------

static KrObject *bytes_translate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    static const char *const names[] = {"", "delete"};
    KrObject *a[2];
    if (nargs == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (kr_bytes_methods_bind(ts, "translate", args, nargs, kwnames, names, 2, a) < 0) {
        return NULL;
    }
    const char *table = NULL, *del = "";
    intptr_t tn = 0, dn = 0;
    if (a[0] != KR_NONE) {
        if (kr_bytes_buffer_req(ts, a[0], &table, &tn) < 0) {
            return NULL;
        }
        if (tn != 256) {
            kr_err_set_str(ts, &kr_exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] && kr_bytes_buffer_req(ts, a[1], &del, &dn) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    KrByteBuf b = {0};
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (dn && memchr(del, c, (size_t)dn)) {
            continue;
        }
        if (kr_bytes_buf_addc(ts, &b, table ? (unsigned char)table[c] : c) < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
    }
    return kr_bytes_buf_finish(ts, &b, is_ba(self));
}

static KrObject *bytes_maketrans(KrThread *ts, KrObject *unused, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    (void)unused;
    if (check_clinic(ts, NULL, "maketrans", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    const char *f, *t;
    intptr_t fn, tn;
    if (kr_bytes_buffer_req(ts, args[0], &f, &fn) < 0 || kr_bytes_buffer_req(ts, args[1], &t, &tn) < 0) {
        return NULL;
    }
    if (fn != tn) {
        kr_err_set_str(ts, &kr_exc_ValueError, "maketrans arguments must have same length");
        return NULL;
    }
    KrObject *r = kr_bytes_new(ts, 256);
    if (!r) {
        return NULL;
    }
    for (int i = 0; i < 256; i++) {
        KR_BYTES_DATA(r)[i] = (char)i;
    }
    for (intptr_t i = 0; i < fn; i++) {
        KR_BYTES_DATA(r)[(unsigned char)f[i]] = t[i];
    }
    return r;
}

static KrObject *bytes_hex(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    KrObject *a[2];
    if (kr_bytes_methods_bind(ts, "hex", args, nargs, kwnames, names, 2, a) < 0) {
        return NULL;
    }
    char sep = 0;
    intptr_t per = 1;
    if (a[0]) {
        intptr_t sl;
        if (kr_str_check(a[0])) {
            sl = KR_STR_LEN(a[0]);
            if (sl == 1 && kr_str_char_at(a[0], 0) >= 0x80) {
                kr_err_set_str(ts, &kr_exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
            sep = sl == 1 ? (char)kr_str_char_at(a[0], 0) : 0;
        } else {
            const char *sp;
            if (kr_bytes_buffer(ts, a[0], &sp, &sl) != 1) {
                if (!kr_err_occurred(ts)) {
                    sl = kr_len(ts, a[0]);
                    if (sl < 0) {
                        return NULL;
                    }
                    kr_err_set_str(ts, &kr_exc_TypeError, "sep must be str or bytes.");
                }
                return NULL;
            }
            sep = sl == 1 ? sp[0] : 0;
        }
        if (sl != 1) {
            kr_err_set_str(ts, &kr_exc_ValueError, "sep must be length 1.");
            return NULL;
        }
        if (a[1] && int_arg(ts, a[1], &per) < 0) {
            return NULL;
        }
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    static const char digits[] = "0123456789abcdef";
    KrByteBuf b = {0};
    intptr_t group = per < 0 ? -per : per;
    for (intptr_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            // Positive counts group from the right, negative from the left.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) {
                kr_bytes_buf_addc(ts, &b, sep);
            }
        }
        unsigned char c = (unsigned char)p[i];
        kr_bytes_buf_addc(ts, &b, digits[c >> 4]);
        if (kr_bytes_buf_addc(ts, &b, digits[c & 15]) < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
    }
    KrObject *r = kr_str_from_utf8(ts, b.p ? b.p : "", (size_t)b.n);
    kr_bytes_buf_discard(ts, &b);
    return r;
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return (int)(c - 'A' + 10);
    }
    return -1;
}

KrObject *kr_bytes_fromhex_impl(KrThread *ts, KrObject *type, KrObject *arg) {
    if (!kr_str_check(arg)) {
        kr_err_format(ts, &kr_exc_TypeError, "fromhex() argument must be str, not %s", kr_type_name_cstr(KR_TYPE(arg)));
        return NULL;
    }
    intptr_t n = KR_STR_LEN(arg);
    KrByteBuf b = {0};
    intptr_t i = 0;
    while (i < n) {
        uint32_t c = kr_str_char_at(arg, i);
        if (c < 0x80 && b_space((unsigned char)c)) {
            i++;
            continue;
        }
        int hi = hexval(c);
        int lo = i + 1 < n ? hexval(kr_str_char_at(arg, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            kr_err_format(ts, &kr_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                          (hi < 0 ? i : i + 1));
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
        if (kr_bytes_buf_addc(ts, &b, hi * 16 + lo) < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
        i += 2;
    }
    KrType *t = (KrType *)type;
    bool ba = kr_type_is_subtype(t, &kr_bytearray_type);
    KrObject *r = kr_bytes_buf_finish(ts, &b, ba);
    if (!r || t == &kr_bytes_type || t == &kr_bytearray_type) {
        return r;
    }
    KrObject *sub = kr_call1(ts, type, r);
    KR_DECREF(ts, r);
    return sub;
}

static KrObject *bytes_fromhex(KrThread *ts, KrObject *type, KrObject *arg) {
    return kr_bytes_fromhex_impl(ts, type, arg);
}

static KrObject *bytes_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    KrObject *a[2];
    if (kr_bytes_methods_bind(ts, "decode", args, nargs, kwnames, names, 2, a) < 0) {
        return NULL;
    }
    const char *enc, *err;
    if (kr_codec_args(ts, "decode", a[0], a[1], &enc, &err) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(self, &p, &n);
    return kr_codec_decode(ts, p, n, enc, err);
}

static KrObject *bytes_getnewargs(KrThread *ts, KrObject *self) {
    KrObject *b = kr_bytes_from(ts, KR_BYTES_DATA(self), (size_t)KR_BYTES_SIZE(self));
    if (!b) {
        return NULL;
    }
    KrObject *t = kr_tuple_pack(ts, 1, b);
    KR_DECREF(ts, b);
    return t;
}

static KrObject *bytes_bytes(KrThread *ts, KrObject *self) {
    if (KR_TYPE(self) == &kr_bytes_type) {
        return KR_INCREF(self);
    }
    return kr_bytes_from(ts, KR_BYTES_DATA(self), (size_t)KR_BYTES_SIZE(self));
}

// ---- one-argument wrappers ---------------------------------------------------------------
// CPython words these methods' arity errors with the qualified name
// ("bytes.join() takes exactly one argument (0 given)").

static int one_arg(KrThread *ts, KrObject *self, const char *name, size_t nargs, KrObject *kwnames) {
    const char *tname = kr_bytearray_check(self) ? "bytearray" : "bytes";
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.%s() takes exactly one argument (%zu given)", tname, name, nargs);
        return -1;
    }
    return 0;
}

#define ONE_ARG(name, fn)                                                                                   \
    static KrObject *fn##_v(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,            \
                            KrObject *kwnames) {                                                            \
        return one_arg(ts, self, name, nargs, kwnames) < 0 ? NULL : fn(ts, self, args[0]);                 \
    }

ONE_ARG("join", bytes_join)
ONE_ARG("partition", bytes_partition)
ONE_ARG("rpartition", bytes_rpartition)
ONE_ARG("zfill", bytes_zfill)
ONE_ARG("removeprefix", bytes_removeprefix)
ONE_ARG("removesuffix", bytes_removesuffix)
ONE_ARG("append", kr_bytearray_append)
ONE_ARG("extend", kr_bytearray_extend)
ONE_ARG("remove", kr_bytearray_remove)

// ---- the tables -------------------------------------------------------------------------

#define SHARED_METHODS                                                                                              \
    {"capitalize", (void *)bytes_capitalize, KR_METH_NOARGS, false, false, NULL},                                  \
    {"center", (void *)bytes_center, KR_METH_VARARGS, false, false, NULL},                                         \
    {"count", (void *)bytes_count, KR_METH_VARARGS, false, false, NULL},                                           \
    {"decode", (void *)bytes_decode, KR_METH_VARARGS, false, false, NULL},                                         \
    {"endswith", (void *)bytes_endswith, KR_METH_VARARGS, false, false, NULL},                                     \
    {"expandtabs", (void *)bytes_expandtabs, KR_METH_VARARGS, false, false, NULL},                                 \
    {"find", (void *)bytes_find, KR_METH_VARARGS, false, false, NULL},                                             \
    {"fromhex", (void *)bytes_fromhex, KR_METH_O, false, true, NULL},                                              \
    {"hex", (void *)bytes_hex, KR_METH_VARARGS, false, false, NULL},                                               \
    {"index", (void *)bytes_index, KR_METH_VARARGS, false, false, NULL},                                           \
    {"isalnum", (void *)bytes_isalnum, KR_METH_NOARGS, false, false, NULL},                                        \
    {"isalpha", (void *)bytes_isalpha, KR_METH_NOARGS, false, false, NULL},                                        \
    {"isascii", (void *)bytes_isascii, KR_METH_NOARGS, false, false, NULL},                                        \
    {"isdigit", (void *)bytes_isdigit, KR_METH_NOARGS, false, false, NULL},                                        \
    {"islower", (void *)bytes_islower, KR_METH_NOARGS, false, false, NULL},                                        \
    {"isspace", (void *)bytes_isspace, KR_METH_NOARGS, false, false, NULL},                                        \
    {"istitle", (void *)bytes_istitle, KR_METH_NOARGS, false, false, NULL},                                        \
    {"isupper", (void *)bytes_isupper, KR_METH_NOARGS, false, false, NULL},                                        \
    {"join", (void *)bytes_join_v, KR_METH_VARARGS, false, false, NULL},                                                   \
    {"ljust", (void *)bytes_ljust, KR_METH_VARARGS, false, false, NULL},                                           \
    {"lower", (void *)bytes_lower, KR_METH_NOARGS, false, false, NULL},                                            \
    {"lstrip", (void *)bytes_lstrip, KR_METH_VARARGS, false, false, NULL},                                         \
    {"maketrans", (void *)bytes_maketrans, KR_METH_VARARGS, true, false, NULL},                                    \
    {"partition", (void *)bytes_partition_v, KR_METH_VARARGS, false, false, NULL},                                         \
    {"removeprefix", (void *)bytes_removeprefix_v, KR_METH_VARARGS, false, false, NULL},                                   \
    {"removesuffix", (void *)bytes_removesuffix_v, KR_METH_VARARGS, false, false, NULL},                                   \
    {"replace", (void *)bytes_replace, KR_METH_VARARGS, false, false, NULL},                                       \
    {"rfind", (void *)bytes_rfind, KR_METH_VARARGS, false, false, NULL},                                           \
    {"rindex", (void *)bytes_rindex, KR_METH_VARARGS, false, false, NULL},                                         \
    {"rjust", (void *)bytes_rjust, KR_METH_VARARGS, false, false, NULL},                                           \
    {"rpartition", (void *)bytes_rpartition_v, KR_METH_VARARGS, false, false, NULL},                                       \
    {"rsplit", (void *)bytes_rsplit, KR_METH_VARARGS, false, false, NULL},                                         \
    {"rstrip", (void *)bytes_rstrip, KR_METH_VARARGS, false, false, NULL},                                         \
    {"split", (void *)bytes_split, KR_METH_VARARGS, false, false, NULL},                                           \
    {"splitlines", (void *)bytes_splitlines, KR_METH_VARARGS, false, false, NULL},                                 \
    {"startswith", (void *)bytes_startswith, KR_METH_VARARGS, false, false, NULL},                                 \
    {"strip", (void *)bytes_strip, KR_METH_VARARGS, false, false, NULL},                                           \
    {"swapcase", (void *)bytes_swapcase, KR_METH_NOARGS, false, false, NULL},                                      \
    {"title", (void *)bytes_title, KR_METH_NOARGS, false, false, NULL},                                            \
    {"translate", (void *)bytes_translate, KR_METH_VARARGS, false, false, NULL},                                   \
    {"upper", (void *)bytes_upper, KR_METH_NOARGS, false, false, NULL},                                            \
    {"zfill", (void *)bytes_zfill_v, KR_METH_VARARGS, false, false, NULL},

const KrMethodDef kr_bytes_methods[] = {
    SHARED_METHODS
    {"__getnewargs__", (void *)bytes_getnewargs, KR_METH_NOARGS, false, false, NULL},
    {"__bytes__", (void *)bytes_bytes, KR_METH_NOARGS, false, false, "Convert this value to exact type bytes."},
    {NULL, NULL, 0, false, false, NULL},
};

const KrMethodDef kr_bytearray_methods[] = {
    SHARED_METHODS
    {"__alloc__", (void *)kr_bytearray_alloc, KR_METH_NOARGS, false, false, "B.__alloc__() -> int"},
    {"__reduce__", (void *)kr_bytearray_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    {"__reduce_ex__", (void *)kr_bytearray_reduce_ex, KR_METH_VARARGS, false, false, "Return state information for pickling."},
    {"append", (void *)kr_bytearray_append_v, KR_METH_VARARGS, false, false, "Append a single item to the end of the bytearray."},
    {"clear", (void *)kr_bytearray_clear_method, KR_METH_NOARGS, false, false, "Remove all items from the bytearray."},
    {"copy", (void *)kr_bytearray_copy, KR_METH_NOARGS, false, false, "Return a copy of B."},
    {"extend", (void *)kr_bytearray_extend_v, KR_METH_VARARGS, false, false, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", (void *)kr_bytearray_insert, KR_METH_VARARGS, false, false, "Insert a single item into the bytearray before the given index."},
    {"pop", (void *)kr_bytearray_pop, KR_METH_VARARGS, false, false, "Remove and return a single item from B."},
    {"remove", (void *)kr_bytearray_remove_v, KR_METH_VARARGS, false, false, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", (void *)kr_bytearray_reverse, KR_METH_NOARGS, false, false, "Reverse the order of the values in B in place."},
    {NULL, NULL, 0, false, false, NULL},
};
