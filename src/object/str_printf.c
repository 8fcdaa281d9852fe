// SPDX-License-Identifier: MIT
// printf-style formatting: str % args (%s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%).
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

typedef struct Conv {
    bool left, sign, space, alt, zero;
    intptr_t width;  // -1: none
    intptr_t prec;   // -1: none
    uint32_t type;
} Conv;

typedef struct ArgState {
    KrObject *args;   // the right operand
    KrObject *tuple;  // args if it is a tuple, else NULL (then args is the single argument)
    intptr_t next, count;
    KrObject *dict;   // mapping for %(name)s, or NULL
} ArgState;

// The next positional argument (borrowed), or NULL with TypeError.
static KrObject *next_arg(KrThread *ts, ArgState *st) {
    if (st->next >= st->count) {
        kr_err_set_str(ts, &kr_exc_TypeError, "not enough arguments for format string");
        return NULL;
    }
    st->next++;
    return st->tuple ? KR_TUPLE_GET(st->tuple, st->next - 1) : st->args;
}

// Appends `body` padded as printf would: prefix (sign, 0x) before zero fill.
static void emit(KrThread *ts, KrStrBuilder *sb, const Conv *cv, const char *prefix, KrObject *body,
                 bool zero_ok) {
    intptr_t plen = (intptr_t)strlen(prefix);
    intptr_t len = plen + KR_STR_LEN(body);
    intptr_t pad = cv->width > len ? cv->width - len : 0;
    if (!cv->left && !(cv->zero && zero_ok)) {
        for (intptr_t i = 0; i < pad; i++) {
            kr_sb_add_char(ts, sb, ' ');
        }
    }
    kr_sb_add_cstr(ts, sb, prefix);
    if (!cv->left && cv->zero && zero_ok) {
        for (intptr_t i = 0; i < pad; i++) {
            kr_sb_add_char(ts, sb, '0');
        }
    }
    kr_sb_add_str(ts, sb, body);
    if (cv->left) {
        for (intptr_t i = 0; i < pad; i++) {
            kr_sb_add_char(ts, sb, ' ');
        }
    }
}

// %d %i %u %x %X %o. Returns -1 on error.
static int format_int(KrThread *ts, KrStrBuilder *sb, const Conv *cv, KrObject *v) {
    KrObject *num = NULL;
    uint32_t t = cv->type;
    bool decimal = t == 'd' || t == 'i' || t == 'u';
    int ovf = 1;
    int64_t small = decimal && kr_int_check(v) ? kr_int_as_i64(v, &ovf) : 0;
    if (!ovf && cv->width < 0 && cv->prec < 0 && !cv->sign && !cv->space) {
        // A plain "%d" of a machine-sized int: its digits, straight into sb.
        char text[24], *p = text + sizeof text;
        uint64_t m = small < 0 ? (uint64_t)0 - (uint64_t)small : (uint64_t)small;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (small < 0) {
            *--p = '-';
        }
        kr_sb_add_utf8(ts, sb, p, (size_t)(text + sizeof text - p));
        return 0;
    }
    if (kr_int_check(v)) {
        num = v;
        KR_INCREF(num);
    } else if (decimal && (kr_float_check(v) || (!KR_TYPE(v)->nb_index && KR_TYPE(v)->nb_int))) {
        num = kr_number_int(ts, v);
    } else if (KR_TYPE(v)->nb_index) {
        num = kr_number_index(ts, v);
    } else {
        if (decimal) {
            kr_err_format(ts, &kr_exc_TypeError, "%%%c format: a real number is required, not %s", (int)t,
                          kr_type_name_cstr(KR_TYPE(v)));
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "%%%c format: an integer is required, not %s", (int)t,
                          kr_type_name_cstr(KR_TYPE(v)));
        }
        return -1;
    }
    if (!num) {
        return -1;
    }
    KrObject *digits = decimal ? kr_int_to_decimal(ts, num) : kr_int_to_base(ts, num, t == 'o' ? 8 : 16);
    bool neg = kr_int_sign(num) < 0;
    KR_DECREF(ts, num);
    if (!digits) {
        return -1;
    }
    // Strip the sign and the 0x/0o prefix the conversion produced.
    intptr_t skip = neg ? 1 : 0;
    if (!decimal) {
        skip += 2;
    }
    KrStrBuilder body;
    kr_sb_init(&body);
    intptr_t ndigits = KR_STR_LEN(digits) - skip;
    for (intptr_t i = ndigits; i < cv->prec; i++) {
        kr_sb_add_char(ts, &body, '0');
    }
    for (intptr_t i = skip; i < KR_STR_LEN(digits); i++) {
        uint32_t c = kr_str_char_at(digits, i);
        if (t == 'X' && c >= 'a' && c <= 'f') {
            c -= 32;
        }
        kr_sb_add_char(ts, &body, c);
    }
    KR_DECREF(ts, digits);
    KrObject *b = kr_sb_finish(ts, &body);
    if (!b) {
        return -1;
    }
    char prefix[4];
    size_t p = 0;
    if (neg) {
        prefix[p++] = '-';
    } else if (cv->sign) {
        prefix[p++] = '+';
    } else if (cv->space) {
        prefix[p++] = ' ';
    }
    if (cv->alt && !decimal) {
        prefix[p++] = '0';
        prefix[p++] = t == 'o' ? 'o' : (char)t;
    }
    prefix[p] = '\0';
    emit(ts, sb, cv, prefix, b, true);
    KR_DECREF(ts, b);
    return 0;
}

// %e %E %f %F %g %G through the C library, which formats these like CPython.
static int format_float(KrThread *ts, KrStrBuilder *sb, const Conv *cv, KrObject *v) {
    double d;
    if (kr_float_check(v)) {
        d = KR_FLOAT_VALUE(v);
    } else {
        if (!KR_TYPE(v)->nb_float && !KR_TYPE(v)->nb_index) {
            kr_err_format(ts, &kr_exc_TypeError, "must be real number, not %s", kr_type_name_cstr(KR_TYPE(v)));
            return -1;
        }
        d = kr_float_as_double(ts, v);
        if (d == -1.0 && kr_err_occurred(ts)) {
            return -1;
        }
    }
    char fmt[32];
    intptr_t prec = cv->prec < 0 ? 6 : cv->prec;
    snprintf(fmt, sizeof fmt, "%%%s.%d%c", cv->alt ? "#" : "", (int)prec, (char)cv->type);
    int n = snprintf(NULL, 0, fmt, d);
    if (n < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "float formatting failed");
        return -1;
    }
    char *buf = kr_mem_alloc(ts, (size_t)n + 1);
    if (!buf) {
        return -1;
    }
    snprintf(buf, (size_t)n + 1, fmt, d);
    const char *digits = buf;
    char prefix[2] = {0, 0};
    if (buf[0] == '-') {
        prefix[0] = '-';
        digits++;
    } else if (cv->sign) {
        prefix[0] = '+';
    } else if (cv->space) {
        prefix[0] = ' ';
    }
    KrObject *body = kr_str_from_cstr(ts, digits);
    kr_mem_free(ts, buf);
    if (!body) {
        return -1;
    }
    emit(ts, sb, cv, prefix, body, true);
    KR_DECREF(ts, body);
    return 0;
}

// %s %r %a: the text, cut to the precision.
static int format_text(KrThread *ts, KrStrBuilder *sb, const Conv *cv, KrObject *v) {
    KrObject *s = cv->type == 's' ? kr_str(ts, v) : cv->type == 'r' ? kr_repr(ts, v) : kr_ascii(ts, v);
    if (!s) {
        return -1;
    }
    if (cv->prec >= 0 && cv->prec < KR_STR_LEN(s)) {
        KrObject *cut = kr_str_substr(ts, s, 0, cv->prec);
        KR_DECREF(ts, s);
        if (!cut) {
            return -1;
        }
        s = cut;
    }
    emit(ts, sb, cv, "", s, false);
    KR_DECREF(ts, s);
    return 0;
}

static int format_char(KrThread *ts, KrStrBuilder *sb, const Conv *cv, KrObject *v) {
    uint32_t cp;
    if (kr_str_check(v)) {
        if (KR_STR_LEN(v) != 1) {
            kr_err_set_str(ts, &kr_exc_TypeError, "%c requires int or char");
            return -1;
        }
        cp = kr_str_char_at(v, 0);
    } else if (KR_TYPE(v)->nb_index) {
        KrObject *idx = kr_number_index(ts, v);
        if (!idx) {
            return -1;
        }
        int overflow = 0;
        int64_t x = kr_int_as_i64(idx, &overflow);
        KR_DECREF(ts, idx);
        if (overflow || x < 0 || x > 0x10FFFF) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        kr_err_set_str(ts, &kr_exc_TypeError, "%c requires int or char");
        return -1;
    }
    KrObject *s = kr_str_from_codepoint(ts, cp);
    if (!s) {
        return -1;
    }
    emit(ts, sb, cv, "", s, false);
    KR_DECREF(ts, s);
    return 0;
}

// Reads '*' (from the arguments) or digits at *i.
static int read_count(KrThread *ts, KrObject *fmt, intptr_t *i, intptr_t len, ArgState *st, intptr_t *out,
                      bool *neg_left) {
    if (*i < len && kr_str_char_at(fmt, *i) == '*') {
        (*i)++;
        KrObject *v = next_arg(ts, st);
        if (!v) {
            return -1;
        }
        if (!kr_int_check(v)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "* wants int");
            return -1;
        }
        intptr_t n = kr_int_as_ssize(ts, v);
        if (n == -1 && kr_err_occurred(ts)) {
            return -1;
        }
        // A '*' precision is a C int in CPython.
        if (!neg_left && (n > INT_MAX || n < INT_MIN)) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        if (n < 0) {
            if (neg_left) {
                *neg_left = true;
                n = -n;
            } else {
                n = 0;
            }
        }
        *out = n;
        return 0;
    }
    intptr_t n = -1;
    while (*i < len) {
        uint32_t c = kr_str_char_at(fmt, *i);
        if (c < '0' || c > '9') {
            break;
        }
        // Widths may reach the largest size, precisions the largest C int (as in CPython).
        intptr_t limit = neg_left ? INTPTR_MAX : INT_MAX;
        if (n > (limit - (intptr_t)(c - '0')) / 10) {
            kr_err_set_str(ts, &kr_exc_ValueError, neg_left ? "width too big" : "precision too big");
            return -1;
        }
        n = (n < 0 ? 0 : n * 10) + (intptr_t)(c - '0');
        (*i)++;
    }
    *out = n;
    return 0;
}

KrObject *kr_str_printf(KrThread *ts, KrObject *fmt, KrObject *args) {
    ArgState st = {args, NULL, 0, 1, NULL};
    if (kr_tuple_check(args)) {
        st.tuple = args;
        st.count = KR_TUPLE_SIZE(args);
    }
    // A mapping right operand enables %(name)s; tuples and strs never count.
    if (!st.tuple && !kr_str_check(args) && KR_TYPE(args)->getitem) {
        st.dict = args;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    intptr_t len = KR_STR_LEN(fmt), i = 0;
    while (i < len) {
        if (kr_str_char_at(fmt, i) != '%') {
            intptr_t run = i; // the literal text up to the next '%', added at once
            while (i < len && kr_str_char_at(fmt, i) != '%') {
                i++;
            }
            kr_sb_add_substr(ts, &sb, fmt, run, i);
            continue;
        }
        i++;
        intptr_t start = i - 1;
        KrObject *keyed = NULL; // the value selected by %(key)
        if (i < len && kr_str_char_at(fmt, i) == '(') {
            if (!st.dict) {
                kr_err_set_str(ts, &kr_exc_TypeError, "format requires a mapping");
                goto error;
            }
            intptr_t depth = 1, kstart = ++i;
            while (i < len && depth > 0) {
                uint32_t k = kr_str_char_at(fmt, i);
                depth += k == '(' ? 1 : k == ')' ? -1 : 0;
                i++;
            }
            if (depth > 0) {
                kr_err_set_str(ts, &kr_exc_ValueError, "incomplete format key");
                goto error;
            }
            KrObject *key = kr_str_substr(ts, fmt, kstart, i - 1);
            if (!key) {
                goto error;
            }
            keyed = kr_getitem(ts, st.dict, key);
            KR_DECREF(ts, key);
            if (!keyed) {
                goto error;
            }
            // With a key, the mapping itself is the argument list.
            st.count = -1;
        }
        Conv cv = {false, false, false, false, false, -1, -1, 0};
        while (i < len) {
            uint32_t f = kr_str_char_at(fmt, i);
            if (f == '-') {
                cv.left = true;
            } else if (f == '+') {
                cv.sign = true;
            } else if (f == ' ') {
                cv.space = true;
            } else if (f == '#') {
                cv.alt = true;
            } else if (f == '0') {
                cv.zero = true;
            } else {
                break;
            }
            i++;
        }
        if (read_count(ts, fmt, &i, len, &st, &cv.width, &cv.left) < 0) {
            KR_XDECREF(ts, keyed);
            goto error;
        }
        if (i < len && kr_str_char_at(fmt, i) == '.') {
            i++;
            if (read_count(ts, fmt, &i, len, &st, &cv.prec, NULL) < 0) {
                KR_XDECREF(ts, keyed);
                goto error;
            }
            if (cv.prec < 0) {
                cv.prec = 0;
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while (i < len && (kr_str_char_at(fmt, i) == 'h' || kr_str_char_at(fmt, i) == 'l' ||
                           kr_str_char_at(fmt, i) == 'L')) {
            i++;
        }
        if (i >= len) {
            KR_XDECREF(ts, keyed);
            kr_err_set_str(ts, &kr_exc_ValueError, "incomplete format");
            goto error;
        }
        cv.type = kr_str_char_at(fmt, i++);
        // Only a bare "%%" is a literal percent; "%5%" consumes an argument
        // and is then rejected as an unsupported character, as in CPython.
        if (cv.type == '%' && i - start == 2) {
            KR_XDECREF(ts, keyed);
            kr_sb_add_char(ts, &sb, '%');
            continue;
        }
        KrObject *v = keyed;
        if (!v) {
            v = next_arg(ts, &st);
            if (!v) {
                goto error;
            }
        }
        int r;
        switch (cv.type) {
        case 's': case 'r': case 'a':
            r = format_text(ts, &sb, &cv, v);
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            r = format_int(ts, &sb, &cv, v);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            r = format_float(ts, &sb, &cv, v);
            break;
        case 'c':
            r = format_char(ts, &sb, &cv, v);
            break;
        default:
            // CPython shows non-printable and non-ASCII characters as '?'.
            kr_err_format(ts, &kr_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                          (cv.type >= 32 && cv.type < 127) ? (int)cv.type : '?', (unsigned)cv.type,
                          (size_t)(i - 1));
            r = -1;
            break;
        }
        KR_XDECREF(ts, keyed);
        if (r < 0) {
            goto error;
        }
    }
    if (st.count >= 0 && st.next < st.count && !st.dict) {
        kr_err_set_str(ts, &kr_exc_TypeError, "not all arguments converted during string formatting");
        goto error;
    }
    return kr_sb_finish(ts, &sb);
error:
    kr_sb_discard(ts, &sb);
    return NULL;
}
