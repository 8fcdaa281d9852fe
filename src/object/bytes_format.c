// SPDX-License-Identifier: MIT
// bytes % args: printf-style formatting of bytes and bytearray (PEP 461).
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

// Where the conversion arguments come from: a tuple, one object, or (after
// %(key)) a value looked up in the mapping.
typedef struct Args {
    KrObject *args, *tuple, *dict;
    intptr_t count, next;
} Args;

static KrObject *next_arg(KrThread *ts, Args *a) {
    if (a->tuple) {
        if (a->next < a->count) {
            return KR_INCREF(KR_TUPLE_GET(a->tuple, a->next++));
        }
    } else if (a->next == 0) {
        a->next = 1;
        return KR_INCREF(a->args);
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

// A '*' width or precision.
static int star_arg(KrThread *ts, Args *a, KrObject *keyed, intptr_t *out) {
    KrObject *v = keyed ? KR_INCREF(keyed) : next_arg(ts, a);
    if (!v) {
        return -1;
    }
    if (!kr_int_check(v)) {
        KR_DECREF(ts, v);
        kr_err_set_str(ts, &kr_exc_TypeError, "* wants int");
        return -1;
    }
    *out = kr_int_as_ssize(ts, v);
    KR_DECREF(ts, v);
    return *out == -1 && kr_err_occurred(ts) ? -1 : 0;
}

// Appends digit c to a width (up to the largest size) or precision (up to
// the largest C int), with CPython's ValueError past it.
static int add_digit(KrThread *ts, intptr_t *n, char c, bool is_prec) {
    intptr_t limit = is_prec ? INT_MAX : INTPTR_MAX;
    intptr_t d = c - '0', v = *n < 0 ? 0 : *n;
    if (v > (limit - d) / 10) {
        kr_err_set_str(ts, &kr_exc_ValueError, is_prec ? "prec too big" : "width too big");
        return -1;
    }
    *n = v * 10 + d;
    return 0;
}

// The bytes of %s / %b: a buffer or __bytes__; *owned holds a temporary.
static int bytes_of(KrThread *ts, KrObject *v, const char **p, intptr_t *n, KrObject **owned) {
    int r = kr_bytes_buffer(ts, v, p, n);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    KrObject *name = kr_str_intern_cstr(ts, "__bytes__");
    if (!name) {
        return -1;
    }
    if (!kr_str_check(v) && kr_type_lookup(ts, KR_TYPE(v), name)) {
        KrObject *b = kr_call_method(ts, v, name, NULL, 0);
        KR_DECREF(ts, name);
        if (!b) {
            return -1;
        }
        if (!kr_bytes_check(b)) {
            kr_err_format(ts, &kr_exc_TypeError, "__bytes__ returned non-bytes (type %s)", kr_type_name_cstr(KR_TYPE(b)));
            KR_DECREF(ts, b);
            return -1;
        }
        *owned = b;
        *p = KR_BYTES_DATA(b);
        *n = KR_BYTES_SIZE(b);
        return 0;
    }
    KR_DECREF(ts, name);
    kr_err_format(ts, &kr_exc_TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                  kr_type_name_cstr(KR_TYPE(v)));
    return -1;
}

// Pads s[0:n] to `width` with spaces (left-justified with '-').
static int add_padded(KrThread *ts, KrByteBuf *out, const char *s, intptr_t n, intptr_t width, bool left) {
    intptr_t pad = width > n ? width - n : 0;
    for (intptr_t i = 0; !left && i < pad; i++) {
        if (kr_bytes_buf_addc(ts, out, ' ') < 0) {
            return -1;
        }
    }
    if (kr_bytes_buf_add(ts, out, s, n) < 0) {
        return -1;
    }
    for (intptr_t i = 0; left && i < pad; i++) {
        if (kr_bytes_buf_addc(ts, out, ' ') < 0) {
            return -1;
        }
    }
    return 0;
}

// Numeric conversions reuse str's % formatting on a one-item tuple: the
// digits are ASCII, and the messages ("%d format: a real number is
// required, not str") are the same for bytes.
static int format_number(KrThread *ts, KrByteBuf *out, const char *flags, intptr_t width, intptr_t prec, char conv,
                         KrObject *v) {
    char spec[96];
    int k = snprintf(spec, sizeof spec, "%%%s", flags);
    if (width >= 0) {
        k += snprintf(spec + k, sizeof spec - (size_t)k, "%lld", (long long)width);
    }
    if (prec >= 0) {
        k += snprintf(spec + k, sizeof spec - (size_t)k, ".%lld", (long long)prec);
    }
    snprintf(spec + k, sizeof spec - (size_t)k, "%c", conv);
    KrObject *fmt = kr_str_from_cstr(ts, spec);
    KrObject *tup = fmt ? kr_tuple_pack(ts, 1, v) : NULL;
    KrObject *s = tup ? kr_str_printf(ts, fmt, tup) : NULL;
    KR_XDECREF(ts, fmt);
    KR_XDECREF(ts, tup);
    if (!s) {
        return -1;
    }
    size_t len;
    const char *u = kr_str_utf8(ts, s, &len);
    int rc = u ? kr_bytes_buf_add(ts, out, u, (intptr_t)len) : -1;
    KR_DECREF(ts, s);
    return rc;
}

KrObject *kr_bytes_printf(KrThread *ts, const char *fmt, intptr_t flen, KrObject *args, bool bytearray_result) {
    Args a = {args, NULL, NULL, 0, 0};
    if (kr_tuple_check(args)) {
        a.tuple = args;
        a.count = KR_TUPLE_SIZE(args);
    } else if (KR_TYPE(args)->getitem && !kr_bytes_check(args) && !kr_str_check(args)) {
        a.dict = args;
    }
    KrByteBuf out = {0};
    KrObject *keyed = NULL, *v = NULL, *owned = NULL;
    intptr_t i = 0;
    while (i < flen) {
        char c = fmt[i++];
        if (c != '%') {
            if (kr_bytes_buf_addc(ts, &out, c) < 0) {
                goto error;
            }
            continue;
        }
        KR_CLEAR(ts, keyed);
        if (i < flen && fmt[i] == '(') {
            if (!a.dict) {
                kr_err_set_str(ts, &kr_exc_TypeError, "format requires a mapping");
                goto error;
            }
            intptr_t depth = 1, kstart = ++i;
            while (i < flen && depth > 0) {
                depth += fmt[i] == '(' ? 1 : fmt[i] == ')' ? -1 : 0;
                i++;
            }
            if (depth > 0) {
                kr_err_set_str(ts, &kr_exc_ValueError, "incomplete format key");
                goto error;
            }
            KrObject *key = kr_bytes_from(ts, fmt + kstart, (size_t)(i - 1 - kstart));
            if (!key) {
                goto error;
            }
            keyed = kr_getitem(ts, a.dict, key);
            KR_DECREF(ts, key);
            if (!keyed) {
                goto error;
            }
        }
        char flags[8];
        int nf = 0;
        bool left = false;
        while (i < flen && strchr("-+ #0", fmt[i]) && nf < 6) {
            left |= fmt[i] == '-';
            if (!memchr(flags, fmt[i], (size_t)nf)) {
                flags[nf++] = fmt[i];
            }
            i++;
        }
        flags[nf] = '\0';
        intptr_t width = -1, prec = -1;
        if (i < flen && fmt[i] == '*') {
            i++;
            if (star_arg(ts, &a, NULL, &width) < 0) {
                goto error;
            }
            if (width < 0) {
                left = true;
                width = -width;
                if (!strchr(flags, '-') && nf < 7) {
                    flags[nf++] = '-';
                    flags[nf] = '\0';
                }
            }
        } else {
            while (i < flen && fmt[i] >= '0' && fmt[i] <= '9') {
                if (add_digit(ts, &width, fmt[i++], false) < 0) {
                    goto error;
                }
            }
        }
        if (i < flen && fmt[i] == '.') {
            i++;
            prec = 0;
            if (i < flen && fmt[i] == '*') {
                i++;
                if (star_arg(ts, &a, NULL, &prec) < 0) {
                    goto error;
                }
                if (prec > INT_MAX || prec < INT_MIN) {
                    kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
                    goto error;
                }
                if (prec < 0) {
                    prec = 0;
                }
            } else {
                while (i < flen && fmt[i] >= '0' && fmt[i] <= '9') {
                    if (add_digit(ts, &prec, fmt[i++], true) < 0) {
                        goto error;
                    }
                }
            }
        }
        while (i < flen && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
            i++;
        }
        if (i >= flen) {
            kr_err_set_str(ts, &kr_exc_ValueError, "incomplete format");
            goto error;
        }
        char conv = fmt[i++];
        if (conv == '%') {
            if (kr_bytes_buf_addc(ts, &out, '%') < 0) {
                goto error;
            }
            continue;
        }
        if (!strchr("bsrapdiuoxXeEfFgGc", conv)) {
            unsigned char uc = (unsigned char)conv;
            if (uc >= 0x20 && uc < 0x7f) {
                kr_err_format(ts, &kr_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", conv,
                              (unsigned)uc, i - 1);
            } else {
                kr_err_format(ts, &kr_exc_ValueError, "unsupported format character '\\x%02x' (0x%x) at index %zd",
                              (unsigned)uc, (unsigned)uc, i - 1);
            }
            goto error;
        }
        v = keyed ? KR_INCREF(keyed) : next_arg(ts, &a);
        if (!v) {
            goto error;
        }
        int rc;
        if (conv == 'b' || conv == 's') {
            const char *p;
            intptr_t n;
            rc = bytes_of(ts, v, &p, &n, &owned);
            if (rc == 0) {
                rc = add_padded(ts, &out, p, prec >= 0 && prec < n ? prec : n, width, left);
            }
            KR_CLEAR(ts, owned);
        } else if (conv == 'r' || conv == 'a') {
            KrObject *s = kr_ascii(ts, v);
            rc = -1;
            if (s) {
                size_t n;
                const char *p = kr_str_utf8(ts, s, &n);
                if (p) {
                    intptr_t len = (intptr_t)n;
                    rc = add_padded(ts, &out, p, prec >= 0 && prec < len ? prec : len, width, left);
                }
                KR_DECREF(ts, s);
            }
        } else if (conv == 'c') {
            char ch = 0;
            rc = 0;
            if (kr_bytes_check(v) || kr_bytearray_check(v)) {
                const char *p;
                intptr_t n;
                kr_bytes_buffer(ts, v, &p, &n);
                if (n != 1) {
                    kr_err_set_str(ts, &kr_exc_TypeError, "%c requires an integer in range(256) or a single byte");
                    rc = -1;
                } else {
                    ch = p[0];
                }
            } else if (kr_int_check(v) || KR_TYPE(v)->nb_index) {
                KrObject *iv = kr_number_index(ts, v);
                int overflow = 0;
                int64_t x = iv ? kr_int_as_i64(iv, &overflow) : 0;
                KR_XDECREF(ts, iv);
                if (!iv) {
                    rc = -1;
                } else if (overflow || x < 0 || x > 255) {
                    kr_err_set_str(ts, &kr_exc_OverflowError, "%c arg not in range(256)");
                    rc = -1;
                } else {
                    ch = (char)x;
                }
            } else {
                kr_err_set_str(ts, &kr_exc_TypeError, "%c requires an integer in range(256) or a single byte");
                rc = -1;
            }
            if (rc == 0) {
                rc = add_padded(ts, &out, &ch, 1, width, left);
            }
        } else if (strchr("eEfFgG", conv) && !kr_int_check(v) && !KR_TYPE(v)->nb_float && !KR_TYPE(v)->nb_index) {
            kr_err_format(ts, &kr_exc_TypeError, "float argument required, not %s", kr_type_name_cstr(KR_TYPE(v)));
            rc = -1;
        } else {
            // bytes formatting reports %i as %d, as CPython converts it first.
            rc = format_number(ts, &out, flags, width, prec, conv == 'i' ? 'd' : conv, v);
        }
        KR_CLEAR(ts, v);
        if (rc < 0) {
            goto error;
        }
    }
    KR_CLEAR(ts, keyed);
    if (!a.dict && (a.tuple ? a.next < a.count : a.next == 0)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "not all arguments converted during bytes formatting");
        goto error;
    }
    return kr_bytes_buf_finish(ts, &out, bytearray_result);
error:
    KR_XDECREF(ts, keyed);
    KR_XDECREF(ts, v);
    kr_bytes_buf_discard(ts, &out);
    return NULL;
}
