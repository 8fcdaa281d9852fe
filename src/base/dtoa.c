// SPDX-License-Identifier: MIT
// Double to decimal: digit generation through the C library's correctly
// rounded printf/strtod, and CPython's layout rules (format_float_short).
#include "dtoa.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Room for "%.*f" of the largest double: 309 integer digits, the point, the
// requested digits and some slack.
size_t kr_dtoa_digits_size(int mode, int ndigits) {
    size_t n = ndigits > 0 ? (size_t)ndigits : 0;
    return (mode == KR_DTOA_FIXED ? 340 : 40) + n;
}

// Parses "d.ddde[+-]xx" into bare digits; returns the decimal exponent.
static int split_exp(const char *text, char *digits, size_t *n) {
    size_t k = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') {
            digits[k++] = *p;
        }
    }
    digits[k] = '\0';
    *n = k;
    return *p == 'e' ? atoi(p + 1) : 0;
}

static size_t strip_zeros(char *digits, size_t n) {
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return n;
}

// True when the p-digit mantissa `m` (as an integer) times 10**e reads back as v.
static bool round_trips(uint64_t m, int e, double v) {
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m, e);
    return strtod(buf, NULL) == v;
}

static size_t shortest(double v, char *digits, int *decpt) {
    char text[48];
    int mant_exp;
    // At a power of two the round-trip interval is lopsided, so the nearest
    // p-digit decimal may miss while a neighbour fits.
    bool pow2 = frexp(v, &mant_exp) == 0.5;
    int first = 1, last = 17;
    if (!pow2) {
        // Elsewhere the interval is symmetric, so when a p-digit rounding reads
        // back, so does every longer one. One probe at 15 digits bounds the
        // search: if it fails the answer is 16 or 17; if it reads back, its
        // digits without trailing zeros are the longest the answer can have.
        snprintf(text, sizeof text, "%.14e", v);
        size_t n;
        split_exp(text, digits, &n);
        if (strtod(text, NULL) == v) {
            last = (int)strip_zeros(digits, n);
        } else {
            first = 16;
        }
    }
    for (int p = first; p <= last; p++) {
        snprintf(text, sizeof text, "%.*e", p - 1, v);
        size_t n;
        int e = split_exp(text, digits, &n);
        if (strtod(text, NULL) == v) {
            *decpt = e + 1;
            return strip_zeros(digits, n);
        }
        if (pow2 && p < 17) {
            uint64_t m = strtoull(digits, NULL, 10);
            int e10 = e - (p - 1);
            for (int delta = -1; delta <= 1; delta += 2) {
                uint64_t c = m + (uint64_t)(int64_t)delta;
                if (round_trips(c, e10, v)) {
                    int len = snprintf(digits, 24, "%llu", (unsigned long long)c);
                    // A carry/borrow can change the digit count.
                    *decpt = e10 + len;
                    return strip_zeros(digits, (size_t)len);
                }
            }
        }
    }
    snprintf(text, sizeof text, "%.16e", v);
    size_t n;
    *decpt = split_exp(text, digits, &n) + 1;
    return strip_zeros(digits, n);
}

// Mode 3 without printf when v * 10**ndigits is below 2**52: that product
// rounded is y, fma gives its exact error r, and y + r is rounded half-even
// to the integer N whose digits are the answer. (size_t)-1 when out of range.
static size_t fixed_digits_fast(double v, int ndigits, char *digits, int *decpt) {
    static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (ndigits < 0 || ndigits > 22 || !(v >= 1e-200)) {
        return (size_t)-1;
    }
    double scale = pow10[ndigits];
    double y = v * scale;
    if (!(y < 0x1p52)) {
        return (size_t)-1;
    }
    double r = fma(v, scale, -y);
    double f = floor(y);
    double frac = y - f; // exact: f and y are within a factor of two, or f is 0
    uint64_t n = (uint64_t)f;
    // Below 0.25, the tiny r cannot lift the fraction to a half; from 0.25 up,
    // frac - 0.5 is exact (Sterbenz), so comparing it with -r is too.
    if (frac >= 0.25) {
        double d = frac - 0.5;
        if (d > -r || (d == -r && (n & 1))) {
            n++;
        }
    }
    if (n == 0) {
        digits[0] = '\0';
        *decpt = -ndigits;
        return 0;
    }
    char tmp[24];
    int len = 0;
    for (; n; n /= 10) {
        tmp[len++] = (char)('0' + n % 10);
    }
    *decpt = len - ndigits;
    int skip = 0;
    while (tmp[skip] == '0') {
        skip++; // trailing zeros (tmp holds the digits reversed)
    }
    size_t out = 0;
    for (int i = len - 1; i >= skip; i--) {
        digits[out++] = tmp[i];
    }
    digits[out] = '\0';
    return out;
}

size_t kr_dtoa_digits(double v, int mode, int ndigits, char *digits, int *decpt) {
    v = fabs(v);
    if (v == 0.0) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    if (mode == KR_DTOA_SHORTEST) {
        return shortest(v, digits, decpt);
    }
    size_t size = kr_dtoa_digits_size(mode, ndigits);
    if (mode == KR_DTOA_SIGNIFICANT) {
        if (ndigits < 1) {
            ndigits = 1;
        }
        // "%.*e" output is no longer than the digit buffer, so reuse it.
        snprintf(digits, size, "%.*e", ndigits - 1, v);
        char *text = digits;
        size_t n = 0;
        int e = 0;
        const char *p = text;
        for (; *p && *p != 'e'; p++) {
            if (*p >= '0' && *p <= '9') {
                digits[n++] = *p;
            }
        }
        e = *p == 'e' ? atoi(p + 1) : 0;
        digits[n] = '\0';
        *decpt = e + 1;
        return strip_zeros(digits, n);
    }
    // Mode 3: fixed number of digits after the point.
    size_t fast = fixed_digits_fast(v, ndigits, digits, decpt);
    if (fast != (size_t)-1) {
        return fast;
    }
    snprintf(digits, size, "%.*f", ndigits < 0 ? 0 : ndigits, v);
    size_t n = 0, intdigits = 0, lead = 0;
    bool seen_point = false, seen_nonzero = false;
    for (const char *p = digits; *p; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        if (!seen_point) {
            intdigits++;
        }
        if (!seen_nonzero && *p == '0') {
            lead++;
            continue;
        }
        seen_nonzero = true;
        digits[n++] = *p;
    }
    if (n == 0) {
        digits[0] = '\0';
        *decpt = -ndigits;
        return 0;
    }
    *decpt = (int)intdigits - (int)lead;
    while (n > 0 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return n;
}

size_t kr_dtoa_format_size(char code, int precision) {
    size_t p = precision > 0 ? (size_t)precision : 0;
    // The first half holds the output (with zero padding), the second half
    // is scratch for the digits.
    switch (code) {
    case 'f': case 'F':
        return 2 * (kr_dtoa_digits_size(KR_DTOA_FIXED, (int)p) + 32);
    case 'e': case 'E': case 'g': case 'G':
        return 2 * (kr_dtoa_digits_size(KR_DTOA_SIGNIFICANT, (int)p + 1) + 32);
    default:
        return 2 * 64;
    }
}

static char *put_zeros(char *p, long n) {
    for (long i = 0; i < n; i++) {
        *p++ = '0';
    }
    return p;
}

size_t kr_dtoa_format(double v, char code, int precision, unsigned flags, char *buf) {
    size_t half = kr_dtoa_format_size(code, precision) / 2;
    bool upper = code == 'E' || code == 'F' || code == 'G';
    if (upper) {
        code = (char)(code + ('a' - 'A'));
    }
    char *p = buf;
    bool neg = signbit(v) != 0;
    if (isnan(v) || isinf(v)) {
        if (isinf(v) && neg) {
            *p++ = '-';
        } else if (flags & KR_DTOA_SIGN) {
            *p++ = '+';
        }
        strcpy(p, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return strlen(buf);
    }
    int mode;
    switch (code) {
    case 'e':
        mode = KR_DTOA_SIGNIFICANT;
        precision++;
        break;
    case 'f':
        mode = KR_DTOA_FIXED;
        break;
    case 'g':
        mode = KR_DTOA_SIGNIFICANT;
        if (precision == 0) {
            precision = 1;
        }
        break;
    default:
        mode = KR_DTOA_SHORTEST;
        precision = 0;
        break;
    }
    char *digits = buf + half;
    int decpt_i;
    long digits_len = (long)kr_dtoa_digits(v, mode, precision, digits, &decpt_i);
    long decpt = decpt_i;
    if (neg && (flags & KR_DTOA_NO_NEG_0)) {
        bool all_zero = true;
        for (long i = 0; i < digits_len; i++) {
            all_zero = all_zero && digits[i] == '0';
        }
        neg = !all_zero;
    }
    bool use_exp = false, alt = (flags & KR_DTOA_ALT) != 0, dot0 = (flags & KR_DTOA_ADD_DOT_0) != 0;
    long vdigits_end = digits_len;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) {
            use_exp = true;
        }
        if (alt) {
            vdigits_end = precision;
        }
        break;
    default:
        if (decpt <= -4 || decpt > 16) {
            use_exp = true;
        }
        break;
    }
    long exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && dot0) {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    } else {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    }
    if (neg) {
        *p++ = '-';
    } else if (flags & KR_DTOA_SIGN) {
        *p++ = '+';
    }
    // The output is vdigits[vdigits_start:vdigits_end] of the digits padded
    // with zeros on both sides, with the point after position decpt.
    if (decpt <= 0) {
        p = put_zeros(p, decpt - vdigits_start);
        *p++ = '.';
        p = put_zeros(p, -decpt);
    } else {
        p = put_zeros(p, -vdigits_start);
    }
    if (0 < decpt && decpt <= digits_len) {
        memmove(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memmove(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    } else {
        memmove(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        p = put_zeros(p, decpt - digits_len);
        *p++ = '.';
        p = put_zeros(p, vdigits_end - decpt);
    } else {
        p = put_zeros(p, vdigits_end - digits_len);
    }
    if (p[-1] == '.' && !alt) {
        p--;
    }
    if (use_exp) {
        p += sprintf(p, "%c%+.02ld", upper ? 'E' : 'e', exp);
    }
    *p = '\0';
    return (size_t)(p - buf);
}
