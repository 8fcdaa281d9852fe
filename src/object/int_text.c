// SPDX-License-Identifier: MIT
// int as text: str()/repr(), bin/oct/hex, int() parsing and construction,
// __format__ (with the number layout shared with float) and int's named methods.
#include "int.h"

#include <math.h>
#include <string.h>

#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "formatspec.h"
#include "singletons.h"
#include "sizeof.h"
#include "str.h"
#include "../vm/vm.h"

#define SHIFT KR_INT_SHIFT
#define MASK KR_INT_MASK
#define ABS_SIZE(v) ((v)->size < 0 ? -(v)->size : (v)->size)
#define AS_INT(o) ((KrInt *)(o))

#define DECIMAL_BASE 1000000000u
#define DECIMAL_SHIFT 9
// Below this many decimal digits the limit is never checked (CPython's threshold).
#define MAX_STR_DIGITS_THRESHOLD 640

static void limit_error_str(KrThread *ts, int64_t limit) {
    kr_err_format(ts, &kr_exc_ValueError,
                  "Exceeds the limit (%lld digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  (long long)limit);
}

// ---- int -> text ------------------------------------------------------------

// Decimal digits of |o| into a new kr_mem buffer (NUL-terminated, no sign).
// Quadratic: converts base 2**30 to base 10**9 one input digit at a time.
static char *decimal_digits(KrThread *ts, KrObject *o, size_t *out_len) {
    const KrInt *v = AS_INT(o);
    intptr_t size_a = ABS_SIZE(v);
    int64_t limit = ts->vm->int_max_str_digits;
    if (limit > 0 && size_a >= 10 * MAX_STR_DIGITS_THRESHOLD / (3 * SHIFT) + 2 &&
        limit / (3 * SHIFT) <= (size_a - 11) / 10) {
        limit_error_str(ts, limit);
        return NULL;
    }
    // Each 30-bit digit needs less than 1 + 1/99 base-10**9 digits.
    intptr_t cap = 1 + size_a + size_a / 99;
    uint32_t *pout = kr_mem_alloc(ts, (size_t)cap * sizeof(uint32_t));
    if (!pout) {
        return NULL;
    }
    intptr_t size = 0;
    for (intptr_t i = size_a; --i >= 0;) {
        uint32_t hi = v->digits[i];
        for (intptr_t j = 0; j < size; j++) {
            uint64_t z = (uint64_t)pout[j] << SHIFT | hi;
            hi = (uint32_t)(z / DECIMAL_BASE);
            pout[j] = (uint32_t)(z - (uint64_t)hi * DECIMAL_BASE);
        }
        while (hi) {
            pout[size++] = hi % DECIMAL_BASE;
            hi /= DECIMAL_BASE;
        }
    }
    if (size == 0) {
        pout[size++] = 0;
    }
    // Count the digits of the top word.
    size_t ndigits = (size_t)(size - 1) * DECIMAL_SHIFT;
    uint32_t top = pout[size - 1];
    do {
        ndigits++;
        top /= 10;
    } while (top);
    if (limit > 0 && ndigits > MAX_STR_DIGITS_THRESHOLD && (int64_t)ndigits > limit) {
        kr_mem_free(ts, pout);
        limit_error_str(ts, limit);
        return NULL;
    }
    char *buf = kr_mem_alloc(ts, ndigits + 1);
    if (!buf) {
        kr_mem_free(ts, pout);
        return NULL;
    }
    char *p = buf + ndigits;
    *p = '\0';
    for (intptr_t i = 0; i < size - 1; i++) {
        uint32_t rem = pout[i];
        for (int j = 0; j < DECIMAL_SHIFT; j++) {
            *--p = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    top = pout[size - 1];
    do {
        *--p = (char)('0' + top % 10);
        top /= 10;
    } while (top);
    kr_mem_free(ts, pout);
    *out_len = ndigits;
    return buf;
}

// Digits of |o| in base 2, 8 or 16 into a new kr_mem buffer (no prefix).
static char *binary_digits(KrThread *ts, KrObject *o, int base, bool upper, size_t *out_len) {
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    int64_t nbits = kr_int_bit_length(o);
    size_t n = nbits == 0 ? 1 : (size_t)((nbits + bits - 1) / bits);
    char *buf = kr_mem_alloc(ts, n + 1);
    if (!buf) {
        return NULL;
    }
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    const KrInt *v = AS_INT(o);
    for (size_t i = 0; i < n; i++) {
        int64_t lo = (int64_t)i * bits;
        intptr_t di = (intptr_t)(lo / SHIFT);
        int off = (int)(lo % SHIFT);
        uint64_t w = di < ABS_SIZE(v) ? v->digits[di] : 0;
        if (di + 1 < ABS_SIZE(v)) {
            w |= (uint64_t)v->digits[di + 1] << SHIFT;
        }
        buf[n - 1 - i] = alphabet[(w >> off) & (uint64_t)(base - 1)];
    }
    buf[n] = '\0';
    *out_len = n;
    return buf;
}

KrObject *kr_int_to_decimal(KrThread *ts, KrObject *o) {
    int64_t x;
    int ovf;
    x = kr_int_as_i64(o, &ovf);
    if (!ovf) {
        char small[24];
        int n = 0;
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char tmp[24];
        do {
            tmp[n++] = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        int k = 0;
        if (x < 0) {
            small[k++] = '-';
        }
        while (n) {
            small[k++] = tmp[--n];
        }
        if (k == 1) {
            return kr_str_from_kind(ts, 1, small, 1); // the cached one-character str
        }
        KrObject *r = kr_str_new(ts, k, 0x7F); // ASCII digits: no UTF-8 decoding
        if (r) {
            memcpy(KR_STR_DATA(r), small, (size_t)k);
        }
        return r;
    }
    size_t len;
    char *digits = decimal_digits(ts, o, &len);
    if (!digits) {
        return NULL;
    }
    KrObject *r;
    if (AS_INT(o)->size < 0) {
        char *buf = kr_mem_alloc(ts, len + 2);
        if (!buf) {
            kr_mem_free(ts, digits);
            return NULL;
        }
        buf[0] = '-';
        memcpy(buf + 1, digits, len + 1);
        r = kr_str_from_utf8(ts, buf, len + 1);
        kr_mem_free(ts, buf);
    } else {
        r = kr_str_from_utf8(ts, digits, len);
    }
    kr_mem_free(ts, digits);
    return r;
}

KrObject *kr_int_to_base(KrThread *ts, KrObject *o, int base) {
    if (base == 10) {
        return kr_int_to_decimal(ts, o);
    }
    size_t len;
    char *digits = binary_digits(ts, o, base, false, &len);
    if (!digits) {
        return NULL;
    }
    char *buf = kr_mem_alloc(ts, len + 4);
    if (!buf) {
        kr_mem_free(ts, digits);
        return NULL;
    }
    size_t k = 0;
    if (AS_INT(o)->size < 0) {
        buf[k++] = '-';
    }
    buf[k++] = '0';
    buf[k++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    memcpy(buf + k, digits, len);
    KrObject *r = kr_str_from_utf8(ts, buf, k + len);
    kr_mem_free(ts, buf);
    kr_mem_free(ts, digits);
    return r;
}

KrObject *kr_int_repr_slot(KrThread *ts, KrObject *o) {
    return kr_int_to_decimal(ts, o);
}

// ---- text -> int ------------------------------------------------------------

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Converts validated digit values (most significant first) to an int.
static KrObject *digits_to_int(KrThread *ts, const uint8_t *dv, size_t n, int base, bool neg) {
    KrInt *z;
    if ((base & (base - 1)) == 0) {
        int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
        z = kr_int_alloc(ts, (intptr_t)(((int64_t)n * bits + SHIFT - 1) / SHIFT) + 1);
        if (!z) {
            return NULL;
        }
        memset(z->digits, 0, (size_t)z->size * sizeof(uint32_t));
        uint64_t acc = 0;
        int accbits = 0;
        intptr_t k = 0;
        for (size_t i = n; i-- > 0;) {
            acc |= (uint64_t)dv[i] << accbits;
            accbits += bits;
            if (accbits >= SHIFT) {
                z->digits[k++] = (uint32_t)(acc & MASK);
                acc >>= SHIFT;
                accbits -= SHIFT;
            }
        }
        if (accbits) {
            z->digits[k++] = (uint32_t)acc;
        }
    } else {
        // Multiply-and-add in chunks of `per` digits whose value fits a 30-bit digit.
        int per = 0;
        uint32_t pmax = 1;
        while ((uint64_t)pmax * (uint64_t)base <= ((uint64_t)1 << SHIFT)) {
            pmax *= (uint32_t)base;
            per++;
        }
        double est = (double)n * log2((double)base) / SHIFT;
        if (est > (double)(INTPTR_MAX / 8)) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "too many digits in integer");
            return NULL;
        }
        z = kr_int_alloc(ts, (intptr_t)est + 2);
        if (!z) {
            return NULL;
        }
        intptr_t zn = 0;
        size_t i = 0;
        while (i < n) {
            size_t take = (n - i) % (size_t)per;
            if (take == 0 || i > 0) {
                take = (size_t)per;
            }
            if (take > n - i) {
                take = n - i;
            }
            uint32_t mult = 1, chunk = 0;
            for (size_t j = 0; j < take; j++) {
                chunk = chunk * (uint32_t)base + dv[i + j];
                mult *= (uint32_t)base;
            }
            i += take;
            uint64_t carry = chunk;
            for (intptr_t j = 0; j < zn; j++) {
                carry += (uint64_t)z->digits[j] * mult;
                z->digits[j] = (uint32_t)(carry & MASK);
                carry >>= SHIFT;
            }
            while (carry) {
                z->digits[zn++] = (uint32_t)(carry & MASK);
                carry >>= SHIFT;
            }
        }
        z->size = zn;
    }
    if (neg) {
        z->size = -z->size;
    }
    return kr_int_normalize(ts, z);
}

// Parses int() text (ASCII). Returns NULL with *bad set and no exception for a
// malformed literal, NULL with an exception for other failures.
static KrObject *parse_int(KrThread *ts, const char *s, size_t len, int base, bool *bad) {
    const char *p = s, *end = s + len;
    *bad = true;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool zeros_only = false, after_prefix = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        zeros_only = p < end && *p == '0';
        base = 10;
    }
    uint8_t *dv = kr_mem_alloc(ts, (size_t)(end - p) + 1);
    if (!dv) {
        *bad = false;
        return NULL;
    }
    size_t n = 0;
    bool prev_underscore = false;
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_underscore || (n == 0 && !after_prefix)) {
                goto bad_literal;
            }
            prev_underscore = true;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base || (zeros_only && d != 0)) {
            goto bad_literal;
        }
        dv[n++] = (uint8_t)d;
        prev_underscore = false;
    }
    if (n == 0 || prev_underscore) {
        goto bad_literal;
    }
    *bad = false;
    int64_t limit = ts->vm->int_max_str_digits;
    if ((base & (base - 1)) != 0 && limit > 0 && n > MAX_STR_DIGITS_THRESHOLD && (int64_t)n > limit) {
        kr_mem_free(ts, dv);
        kr_err_format(ts, &kr_exc_ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)limit, n);
        return NULL;
    }
    // Strip leading zeros so the work is proportional to the value.
    size_t skip = 0;
    while (skip + 1 < n && dv[skip] == 0) {
        skip++;
    }
    KrObject *r = digits_to_int(ts, dv + skip, n - skip, base, neg);
    kr_mem_free(ts, dv);
    return r;
bad_literal:
    kr_mem_free(ts, dv);
    return NULL;
}

static void invalid_literal(KrThread *ts, KrObject *text, int base) {
    KrObject *r = kr_repr(ts, text);
    if (!r) {
        return;
    }
    if (KR_STR_LEN(r) > 200) {
        KR_SETREF(ts, r, kr_str_substr(ts, r, 0, 200));
        if (!r) {
            return;
        }
    }
    kr_err_format(ts, &kr_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    KR_DECREF(ts, r);
}

KrObject *kr_int_from_string(KrThread *ts, const char *s, size_t len, int base) {
    bool bad;
    KrObject *r = parse_int(ts, s, len, base, &bad);
    if (!r && bad) {
        KrObject *text = kr_str_from_utf8(ts, s, len);
        if (text) {
            invalid_literal(ts, text, base);
            KR_DECREF(ts, text);
        }
    }
    return r;
}

// Code points of the zero digit of Unicode decimal-digit runs (Nd), so that
// int('١٢٣') works as in CPython.
static const uint32_t unicode_zeros[] = {
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
    0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
    0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
    0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x16A60, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E950, 0x1FBF0,
};

// Maps a str to ASCII the way CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
// does: Unicode spaces become ' ', decimal digits their ASCII digit, anything
// else non-ASCII becomes '?'.
char *kr_int_str_to_ascii(KrThread *ts, KrObject *s, size_t *len) {
    intptr_t n = KR_STR_LEN(s);
    char *buf = kr_mem_alloc(ts, (size_t)n + 1);
    if (!buf) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = kr_str_char_at(s, i);
        char out = '?';
        if (c < 128) {
            out = (char)c;
        } else if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
                   c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000) {
            out = ' ';
        } else {
            for (size_t k = 0; k < sizeof(unicode_zeros) / sizeof(unicode_zeros[0]); k++) {
                if (c >= unicode_zeros[k] && c < unicode_zeros[k] + 10) {
                    out = (char)('0' + (c - unicode_zeros[k]));
                    break;
                }
            }
        }
        if (out == '\0') {
            out = '?';
        }
        buf[i] = out;
    }
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

static KrObject *int_from_str_object(KrThread *ts, KrObject *s, int base) {
    size_t len;
    char *ascii = kr_int_str_to_ascii(ts, s, &len);
    if (!ascii) {
        return NULL;
    }
    bool bad;
    KrObject *r = parse_int(ts, ascii, len, base, &bad);
    kr_mem_free(ts, ascii);
    if (!r && bad) {
        invalid_literal(ts, s, base);
    }
    return r;
}

// int(b'42'), int(bytearray(b'ff'), 16): the bytes are parsed as ASCII text and
// a bad literal is reported with the bytes' repr.
static KrObject *int_from_bytes_object(KrThread *ts, KrObject *b, int base) {
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer(ts, b, &p, &n) < 0) {
        return NULL;
    }
    bool bad;
    KrObject *r = parse_int(ts, p, (size_t)n, base, &bad);
    if (!r && bad) {
        invalid_literal(ts, b, base);
    }
    return r;
}

// int(x) for any other object: a bytes-like one (a memoryview) parses as
// its bytes would; the rest go through the number protocols (and their TypeError).
static KrObject *int_from_buffer(KrThread *ts, KrObject *x) {
    const char *p;
    intptr_t n;
    int k = kr_bytes_buffer(ts, x, &p, &n);
    if (k < 0) {
        // A released or strided view is no buffer to int(): CPython's TypeError follows.
        kr_err_clear(ts);
    }
    if (k <= 0) {
        return kr_number_int(ts, x);
    }
    KrObject *b = kr_bytes_from(ts, p, (size_t)n);
    KrObject *r = b ? int_from_bytes_object(ts, b, 10) : NULL;
    KR_XDECREF(ts, b);
    return r;
}

static bool is_bytes_text(KrObject *x) {
    return kr_bytes_check(x) || kr_bytearray_check(x);
}

// int(x=0, /, base=10), also for subclasses of int.
KrObject *kr_int_new_slot(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *x = NULL, *obase = NULL, *value;
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (type == &kr_bool_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
        return NULL;
    }
    if (nargs + nkw > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        KrObject *name = KR_TUPLE_GET(kwnames, i);
        if (!kr_str_equal_cstr(name, "base") || nargs > 1) {
            if (kr_str_equal_cstr(name, "base")) {
                kr_err_set_str(ts, &kr_exc_TypeError, "argument for int() given by name ('base') and position (2)");
            } else {
                kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for int()", name);
            }
            return NULL;
        }
        obase = args[nargs + i];
    }
    if (nargs >= 1) {
        x = args[0];
    }
    if (nargs >= 2) {
        obase = args[1];
    }
    if (!x) {
        if (obase) {
            kr_err_set_str(ts, &kr_exc_TypeError, "int() missing string argument");
            return NULL;
        }
        value = kr_int_from_i64(ts, 0);
    } else if (obase) {
        KrObject *bi = kr_number_index(ts, obase);
        if (!bi) {
            return NULL;
        }
        int ovf;
        int64_t base = kr_int_as_i64(bi, &ovf);
        KR_DECREF(ts, bi);
        if (ovf || (base != 0 && base < 2) || base > 36) {
            kr_err_set_str(ts, &kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (is_bytes_text(x)) {
            value = int_from_bytes_object(ts, x, (int)base);
        } else if (!kr_str_check(x)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "int() can't convert non-string with explicit base");
            return NULL;
        } else {
            value = int_from_str_object(ts, x, (int)base);
        }
    } else if (kr_int_check_exact(x)) {
        value = KR_INCREF(x);
    } else if (KR_TYPE(x)->nb_int || KR_TYPE(x)->nb_index) {
        // The number protocols come first, as in CPython: a str subclass
        // with __int__ converts through it.
        value = kr_number_int(ts, x);
    } else if (kr_str_check(x)) {
        value = int_from_str_object(ts, x, 10);
    } else if (is_bytes_text(x)) {
        value = int_from_bytes_object(ts, x, 10);
    } else {
        value = int_from_buffer(ts, x);
    }
    if (!value || type == &kr_int_type) {
        return value;
    }
    // A subclass instance: the digits follow the KrInt header as usual and
    // the subclass's own fields (its __dict__ slot) come after the digits.
    intptr_t n = ABS_SIZE(AS_INT(value));
    KrInt *r = (KrInt *)kr_object_alloc(ts, type, kr_object_var_size(type, n));
    if (r) {
        r->size = AS_INT(value)->size;
        memcpy(r->digits, AS_INT(value)->digits, (size_t)n * sizeof(uint32_t));
    }
    KR_DECREF(ts, value);
    return (KrObject *)r;
}

// ---- number layout (shared with float) ---------------------------------------

void kr_int_spec_defaults(KrFormatSpec *spec) {
    if (spec->zero_pad && spec->align == 0) {
        spec->align = '=';
    }
}

static size_t utf8_count(const char *s) {
    size_t n = 0;
    for (; *s; s++) {
        if (((unsigned char)*s & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

static void add_fill(KrThread *ts, KrStrBuilder *sb, uint32_t fill, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        kr_sb_add_char(ts, sb, fill);
    }
}

KrObject *kr_int_layout_number(KrThread *ts, const KrFormatSpec *spec, char sign, const char *prefix,
                               const char *digits, size_t ndigits, const char *remainder, char sep,
                               int group) {
    int64_t n_non_digit = (sign ? 1 : 0) + (int64_t)strlen(prefix) + (int64_t)utf8_count(remainder);
    int64_t min_width = 0;
    if (spec->fill == '0' && spec->align == '=') {
        min_width = spec->width - n_non_digit;
    }
    // Group the digits right to left, padding with zeros up to min_width
    // (CPython's _PyUnicode_InsertThousandsGrouping). Built reversed.
    size_t cap = (ndigits + (size_t)(min_width > 0 ? min_width : 0)) * 2 + 8;
    char *g = kr_mem_alloc(ts, cap);
    if (!g) {
        return NULL;
    }
    size_t gn = 0;
    if (ndigits > 0) {
        int64_t remaining = (int64_t)ndigits, mw = min_width;
        bool use_sep = false, broke = false;
        while (sep) {
            int64_t l = group;
            int64_t m = remaining > mw ? remaining : mw;
            if (m < 1) {
                m = 1;
            }
            if (l > m) {
                l = m;
            }
            int64_t nz = l - remaining > 0 ? l - remaining : 0;
            int64_t nc = remaining < l ? remaining : l;
            if (nc < 0) {
                nc = 0;
            }
            if (use_sep) {
                g[gn++] = sep;
            }
            for (int64_t i = 0; i < nc; i++) {
                g[gn++] = digits[remaining - 1 - i];
            }
            for (int64_t i = 0; i < nz; i++) {
                g[gn++] = '0';
            }
            use_sep = true;
            remaining -= nc;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                broke = true;
                break;
            }
            mw -= 1;
        }
        if (!broke) {
            int64_t l = remaining > mw ? remaining : mw;
            if (l < 1) {
                l = 1;
            }
            int64_t nz = l - remaining > 0 ? l - remaining : 0;
            int64_t nc = remaining < l ? remaining : l;
            if (use_sep) {
                g[gn++] = sep;
            }
            for (int64_t i = 0; i < nc; i++) {
                g[gn++] = digits[remaining - 1 - i];
            }
            for (int64_t i = 0; i < nz; i++) {
                g[gn++] = '0';
            }
        }
    }
    int64_t n_padding = spec->width - (n_non_digit + (int64_t)gn);
    int64_t lpad = 0, rpad = 0, spad = 0;
    if (n_padding > 0) {
        switch (spec->align ? spec->align : '>') {
        case '<':
            rpad = n_padding;
            break;
        case '^':
            lpad = n_padding / 2;
            rpad = n_padding - lpad;
            break;
        case '=':
            spad = n_padding;
            break;
        default:
            lpad = n_padding;
            break;
        }
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    add_fill(ts, &sb, spec->fill, lpad);
    if (sign) {
        kr_sb_add_char(ts, &sb, (uint32_t)sign);
    }
    kr_sb_add_cstr(ts, &sb, prefix);
    add_fill(ts, &sb, spec->fill, spad);
    for (size_t i = 0; i < gn / 2; i++) {
        char c = g[i];
        g[i] = g[gn - 1 - i];
        g[gn - 1 - i] = c;
    }
    if ((unsigned char)sep < 0x80) {
        kr_sb_add_utf8(ts, &sb, g, gn); // ASCII digits and separators, added at once
    } else {
        for (size_t i = 0; i < gn; i++) {
            kr_sb_add_char(ts, &sb, (unsigned char)g[i]);
        }
    }
    kr_mem_free(ts, g);
    kr_sb_add_cstr(ts, &sb, remainder);
    add_fill(ts, &sb, spec->fill, rpad);
    return kr_sb_finish(ts, &sb);
}

// ---- __format__ ---------------------------------------------------------------

static int check_grouping(KrThread *ts, const KrFormatSpec *spec, char type) {
    if (!spec->grouping) {
        return 0;
    }
    bool ok;
    switch (type) {
    case 'b': case 'o': case 'x': case 'X':
        ok = spec->grouping == '_';
        break;
    case 'c': case 'n':
        ok = false;
        break;
    default:
        ok = true;
        break;
    }
    if (!ok) {
        kr_err_format(ts, &kr_exc_ValueError, "Cannot specify '%c' with '%c'.", spec->grouping, type);
        return -1;
    }
    return 0;
}

KrObject *kr_int_format(KrThread *ts, KrObject *o, KrObject *specobj) {
    if (KR_STR_LEN(specobj) == 0) {
        return kr_str(ts, o);
    }
    KrFormatSpec spec;
    if (kr_format_spec_parse_for(ts, specobj, o, '>', &spec) < 0) {
        return NULL;
    }
    // Switch on the whole code point: a non-ASCII type must not alias an ASCII one.
    switch (spec.type ? spec.type : 'd') {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = kr_int_as_double(ts, o, NULL);
        if (d == -1.0 && kr_err_occurred(ts)) {
            return NULL;
        }
        return kr_float_format_parsed(ts, d, &spec, kr_type_name_cstr(KR_TYPE(o)));
    }
    case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        return kr_format_spec_unknown_code(ts, &spec, o);
    }
    char type = spec.type ? (char)spec.type : 'd';
    if (spec.no_neg_zero) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (spec.precision >= 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (check_grouping(ts, &spec, type) < 0) {
        return NULL;
    }
    bool neg = kr_int_sign(o) < 0;
    char sign = neg ? '-' : (spec.sign == '+' || spec.sign == ' ') ? spec.sign : 0;
    if (type == 'c') {
        if (spec.sign) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (spec.alternate) {
            kr_err_set_str(ts, &kr_exc_ValueError,
                           "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int ovf;
        int64_t cp = kr_int_as_i64(o, &ovf);
        if (ovf) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (cp < 0 || cp > 0x10FFFF) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char utf8[5] = {0};
        uint32_t c = (uint32_t)cp;
        if (c < 0x80) {
            utf8[0] = (char)c;
        } else if (c < 0x800) {
            utf8[0] = (char)(0xC0 | (c >> 6));
            utf8[1] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            utf8[0] = (char)(0xE0 | (c >> 12));
            utf8[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            utf8[2] = (char)(0x80 | (c & 0x3F));
        } else {
            utf8[0] = (char)(0xF0 | (c >> 18));
            utf8[1] = (char)(0x80 | ((c >> 12) & 0x3F));
            utf8[2] = (char)(0x80 | ((c >> 6) & 0x3F));
            utf8[3] = (char)(0x80 | (c & 0x3F));
        }
        if (c == 0) {
            // An embedded NUL can't pass through the C-string remainder.
            KrObject *body = kr_str_from_codepoint(ts, 0);
            if (!body) {
                return NULL;
            }
            KrObject *r = kr_format_spec_pad(ts, &spec, "", body, '>');
            KR_DECREF(ts, body);
            return r;
        }
        return kr_int_layout_number(ts, &spec, 0, "", "", 0, utf8, 0, 3);
    }
    size_t len;
    char *digits;
    const char *prefix = "";
    int group = 3;
    if (type == 'd' || type == 'n') {
        digits = decimal_digits(ts, o, &len);
    } else {
        int base = type == 'b' ? 2 : type == 'o' ? 8 : 16;
        digits = binary_digits(ts, o, base, type == 'X', &len);
        group = 4;
        if (spec.alternate) {
            prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        }
    }
    if (!digits) {
        return NULL;
    }
    KrObject *r = kr_int_layout_number(ts, &spec, sign, prefix, digits, len, "",
                                       type == 'n' ? 0 : spec.grouping, group);
    kr_mem_free(ts, digits);
    return r;
}

// ---- methods ------------------------------------------------------------------

static KrObject *int_format_method(KrThread *ts, KrObject *self, KrObject *spec) {
    if (!kr_str_check(spec)) {
        kr_err_format(ts, &kr_exc_TypeError, "__format__() argument must be str, not %s", kr_arg_type_name(spec));
        return NULL;
    }
    return kr_int_format(ts, self, spec);
}

static KrObject *int_bit_length(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, kr_int_bit_length(self));
}

static KrObject *int_bit_count(KrThread *ts, KrObject *self) {
    const KrInt *v = AS_INT(self);
    int64_t n = 0;
    for (intptr_t i = 0; i < ABS_SIZE(v); i++) {
        n += __builtin_popcount(v->digits[i]);
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *int_self(KrThread *ts, KrObject *self) {
    return kr_int_exact(ts, self);
}

static KrObject *int_as_integer_ratio(KrThread *ts, KrObject *self) {
    KrObject *n = kr_int_exact(ts, self);
    KrObject *d = n ? kr_int_from_i64(ts, 1) : NULL;
    KrObject *r = d ? kr_tuple_pack(ts, 2, n, d) : NULL;
    KR_XDECREF(ts, n);
    KR_XDECREF(ts, d);
    return r;
}

// round(int, ndigits): for negative ndigits, rounds half to even at 10**-ndigits.
static KrObject *int_round(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                           KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__round__() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 0 || args[0] == KR_NONE) {
        return kr_int_exact(ts, self);
    }
    KrObject *nd = kr_number_index(ts, args[0]);
    if (!nd) {
        return NULL;
    }
    if (kr_int_sign(nd) >= 0) {
        KR_DECREF(ts, nd);
        return kr_int_exact(ts, self);
    }
    int ovf;
    int64_t n = kr_int_as_i64(nd, &ovf);
    KR_DECREF(ts, nd);
    if (ovf || n < -((int64_t)1 << 40)) {
        return kr_int_from_i64(ts, 0);
    }
    KrObject *pow10 = kr_int_pow_small(ts, 10, -n), *q = NULL, *r = NULL, *twice = NULL, *res = NULL;
    if (!pow10 || kr_int_divmod(ts, self, pow10, &q, &r) < 0) {
        goto done;
    }
    twice = kr_int_add(ts, r, r);
    if (!twice) {
        goto done;
    }
    int c = kr_int_compare(twice, pow10);
    bool q_odd = ABS_SIZE(AS_INT(q)) > 0 && (AS_INT(q)->digits[0] & 1);
    if (c > 0 || (c == 0 && q_odd)) {
        KrObject *one = kr_int_from_i64(ts, 1);
        if (!one) {
            goto done;
        }
        KR_SETREF(ts, q, kr_int_add(ts, q, one));
        KR_DECREF(ts, one);
        if (!q) {
            goto done;
        }
    }
    res = kr_int_mul(ts, q, pow10);
done:
    KR_XDECREF(ts, pow10);
    KR_XDECREF(ts, q);
    KR_XDECREF(ts, r);
    KR_XDECREF(ts, twice);
    return res;
}

static KrObject *int_get_zero(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_int_from_i64(ts, 0);
}

static KrObject *int_get_one(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_int_from_i64(ts, 1);
}

// ---- int.to_bytes / int.from_bytes -----------------------------------------------

// byteorder argument: 1 little, 0 big, -1 with an exception.
static int parse_byteorder(KrThread *ts, const char *fname, KrObject *o) {
    if (!o) {
        return 0;
    }
    if (!kr_str_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                      kr_arg_type_name(o));
        return -1;
    }
    if (kr_str_equal_cstr(o, "little")) {
        return 1;
    }
    if (kr_str_equal_cstr(o, "big")) {
        return 0;
    }
    kr_err_set_str(ts, &kr_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static KrObject *int_to_bytes(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    KrObject *a[3];
    if (kr_parse_args(ts, "to_bytes", args, nargs, kwnames, names, 0, 0, 2, a) < 0) {
        return NULL;
    }
    intptr_t length = 1;
    if (a[0]) {
        length = kr_slice_ssize_arg(ts, a[0]);
        if (length == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (length < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int little = parse_byteorder(ts, "to_bytes", a[1]);
    int is_signed = a[2] ? kr_is_true(ts, a[2]) : 0;
    if (little < 0 || is_signed < 0) {
        return NULL;
    }
    const KrInt *v = AS_INT(self);
    bool neg = v->size < 0;
    if (neg && !is_signed) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    intptr_t nd = neg ? -v->size : v->size;
    intptr_t magbytes = (intptr_t)((kr_int_bit_length(self) + 7) / 8);
    intptr_t m = (length > magbytes ? length : magbytes) + 1;
    unsigned char *buf = kr_mem_alloc(ts, (size_t)m);
    if (!buf) {
        return NULL;
    }
    memset(buf, 0, (size_t)m);
    // Little-endian magnitude, then two's complement across the whole buffer.
    uint64_t acc = 0;
    int bits = 0;
    intptr_t k = 0;
    for (intptr_t i = 0; i < nd; i++) {
        acc |= (uint64_t)v->digits[i] << bits;
        bits += KR_INT_SHIFT;
        while (bits >= 8 && k < m) {
            buf[k++] = (unsigned char)acc;
            acc >>= 8;
            bits -= 8;
        }
    }
    while (bits > 0 && k < m) {
        buf[k++] = (unsigned char)acc;
        acc >>= 8;
        bits -= 8;
    }
    if (neg) {
        unsigned carry = 1;
        for (intptr_t i = 0; i < m; i++) {
            unsigned x = (unsigned)(unsigned char)~buf[i] + carry;
            buf[i] = (unsigned char)x;
            carry = x >> 8;
        }
    }
    unsigned char ext = neg ? 0xFF : 0x00;
    bool fits = true;
    for (intptr_t i = length; i < m; i++) {
        fits &= buf[i] == ext;
    }
    // With no bytes at all only the sign extension is checked, so, as in
    // CPython 3.11, (-1).to_bytes(0, signed=True) is b'' like (0).to_bytes(0).
    if (is_signed && length > 0) {
        fits &= ((buf[length - 1] & 0x80) != 0) == neg;
    }
    KrObject *r = NULL;
    if (!fits) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "int too big to convert");
    } else if ((r = kr_bytes_new(ts, length)) != NULL) {
        for (intptr_t i = 0; i < length; i++) {
            KR_BYTES_DATA(r)[i] = (char)buf[little ? i : length - 1 - i];
        }
    }
    kr_mem_free(ts, buf);
    return r;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
static KrObject *int_from_bytes(KrThread *ts, KrObject *cls, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    KrObject *a[3];
    if (kr_parse_args(ts, "from_bytes", args, nargs, kwnames, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    int little = parse_byteorder(ts, "from_bytes", a[1]);
    int is_signed = a[2] ? kr_is_true(ts, a[2]) : 0;
    if (little < 0 || is_signed < 0) {
        return NULL;
    }
    KrObject *data;
    if (kr_str_check(a[0]) || KR_INDEX_CHECK(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot convert '%s' object to bytes", kr_type_name_cstr(KR_TYPE(a[0])));
        return NULL;
    }
    data = kr_call1(ts, (KrObject *)&kr_bytes_type, a[0]);
    if (!data) {
        return NULL;
    }
    intptr_t n = KR_BYTES_SIZE(data);
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(data);
    intptr_t nd = (n * 8 + KR_INT_SHIFT - 1) / KR_INT_SHIFT;
    KrInt *v = kr_int_alloc(ts, nd);
    if (!v) {
        KR_DECREF(ts, data);
        return NULL;
    }
    uint64_t acc = 0;
    int bits = 0;
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        acc |= (uint64_t)p[little ? i : n - 1 - i] << bits;
        bits += 8;
        if (bits >= KR_INT_SHIFT) {
            v->digits[k++] = (uint32_t)(acc & KR_INT_MASK);
            acc >>= KR_INT_SHIFT;
            bits -= KR_INT_SHIFT;
        }
    }
    if (bits > 0) {
        v->digits[k++] = (uint32_t)acc;
    }
    bool negative = is_signed && n > 0 && (p[little ? n - 1 : 0] & 0x80);
    KR_DECREF(ts, data);
    KrObject *r = kr_int_normalize(ts, v);
    if (r && negative) {
        KrObject *one = kr_int_from_i64(ts, 1);
        KrObject *big = one ? kr_int_lshift(ts, one, (int64_t)n * 8) : NULL;
        KrObject *res = big ? kr_int_sub(ts, r, big) : NULL;
        KR_XDECREF(ts, one);
        KR_XDECREF(ts, big);
        KR_DECREF(ts, r);
        r = res;
    }
    if (r && cls != (KrObject *)&kr_int_type) {
        KrObject *sub = kr_call1(ts, cls, r);
        KR_DECREF(ts, r);
        r = sub;
    }
    return r;
}

static KrObject *int_getnewargs(KrThread *ts, KrObject *self) {
    KrObject *v = kr_int_exact(ts, self);
    if (!v) {
        return NULL;
    }
    KrObject *r = kr_tuple_pack(ts, 1, v);
    KR_DECREF(ts, v);
    return r;
}

// int.__sizeof__: int has its own, so its errors name int (the size is the shared computation).
static KrObject *int_sizeof(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, kr_sizeof_object(ts, self));
}

const KrMethodDef kr_int_methods[] = {
    {"__sizeof__", (void *)int_sizeof, KR_METH_NOARGS, false, false, "Returns size in memory, in bytes."},
    {"__getnewargs__", (void *)int_getnewargs, KR_METH_NOARGS, false, false, NULL},
    {"to_bytes", (void *)int_to_bytes, KR_METH_VARARGS, false, false, "Return an array of bytes representing an integer."},
    {"from_bytes", (void *)int_from_bytes, KR_METH_VARARGS, false, true, "Return the integer represented by the given array of bytes."},
    {"bit_length", (void *)int_bit_length, KR_METH_NOARGS, false, false,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", (void *)int_bit_count, KR_METH_NOARGS, false, false,
     "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", (void *)int_self, KR_METH_NOARGS, false, false, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", (void *)int_as_integer_ratio, KR_METH_NOARGS, false, false,
     "Return integer ratio."},
    {"__trunc__", (void *)int_self, KR_METH_NOARGS, false, false, "Truncating an Integral returns itself."},
    {"__floor__", (void *)int_self, KR_METH_NOARGS, false, false, "Flooring an Integral returns itself."},
    {"__ceil__", (void *)int_self, KR_METH_NOARGS, false, false, "Ceiling of an Integral returns itself."},
    {"__round__", (void *)int_round, KR_METH_VARARGS, false, false, "Rounding an Integral returns itself."},
    {"__format__", (void *)int_format_method, KR_METH_O, false, false, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, false, false, NULL},
};

const KrGetSetDef kr_int_getsets[] = {
    {"real", int_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};
