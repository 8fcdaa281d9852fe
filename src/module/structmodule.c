// SPDX-License-Identifier: MIT
// The _struct module: the Struct type and pack/unpack between Python values and C layouts.
#include <math.h>
#include <stdalign.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// One format code with its repeat count ('s'/'p': count is the length, one value).
typedef struct {
    char code;
    int size;
    intptr_t count, offset;
} Entry;

typedef struct {
    KrObject base;
    KrObject *format; // str
    intptr_t size, nvalues;
    int nentries;
    bool big, native;
    Entry *entries;
} KrStruct;

typedef struct {
    KrObject base;
    KrObject *st;   // the Struct
    KrObject *data; // bytes copy of the buffer
    intptr_t pos;
} KrStructIter;

extern KrType kr_struct_type, kr_struct_unpack_iter_type;

static KrObject *struct_error(KrThread *ts) {
    if (!ts->vm->struct_error) {
        ts->vm->struct_error = kr_modsupport_exception(ts, "struct", "error", &kr_exc_Exception);
    }
    return ts->vm->struct_error;
}

static void raise_error(KrThread *ts, const char *fmt, ...) {
    KrObject *cls = struct_error(ts);
    if (!cls) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    kr_err_vformat(ts, (KrType *)cls, fmt, ap);
    va_end(ap);
}

static bool native_little(void) {
    uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

// Size and alignment of a code: native (@) or standard (=<>!); 0 for a bad code.
static int code_size(char c, bool native, int *align) {
    static const struct {
        char c;
        int std, nat, al;
    } table[] = {
        {'x', 1, 1, 1},
        {'c', 1, 1, 1},
        {'b', 1, 1, 1},
        {'B', 1, 1, 1},
        {'?', 1, (int)sizeof(bool), (int)alignof(bool)},
        {'h', 2, (int)sizeof(short), (int)alignof(short)},
        {'H', 2, (int)sizeof(short), (int)alignof(short)},
        {'i', 4, (int)sizeof(int), (int)alignof(int)},
        {'I', 4, (int)sizeof(int), (int)alignof(int)},
        {'l', 4, (int)sizeof(long), (int)alignof(long)},
        {'L', 4, (int)sizeof(long), (int)alignof(long)},
        {'q', 8, (int)sizeof(long long), (int)alignof(long long)},
        {'Q', 8, (int)sizeof(long long), (int)alignof(long long)},
        {'n', 0, (int)sizeof(size_t), (int)alignof(size_t)},
        {'N', 0, (int)sizeof(size_t), (int)alignof(size_t)},
        {'e', 2, 2, 2},
        {'f', 4, (int)sizeof(float), (int)alignof(float)},
        {'d', 8, (int)sizeof(double), (int)alignof(double)},
        {'s', 1, 1, 1},
        {'p', 1, 1, 1},
        {'P', 0, (int)sizeof(void *), (int)alignof(void *)},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (table[i].c == c) {
            *align = native ? table[i].al : 1;
            return native ? table[i].nat : table[i].std;
        }
    }
    return 0;
}

// Parses the format into s (entries, size, nvalues).
static int parse_format(KrThread *ts, KrStruct *s, const char *f, size_t n) {
    size_t i = 0;
    s->native = true;
    s->big = !native_little();
    if (n > 0 && strchr("@=<>!", f[0])) {
        s->native = f[0] == '@';
        s->big = f[0] == '=' ? !native_little() : f[0] == '>' || f[0] == '!' ? true : f[0] == '@' ? s->big : false;
        i = 1;
    }
    s->entries = kr_mem_alloc(ts, sizeof(Entry) * (n + 1));
    if (!s->entries) {
        return -1;
    }
    intptr_t size = 0, nvalues = 0;
    const intptr_t limit = INTPTR_MAX / 2;
    while (i < n) {
        char c = f[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        intptr_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < n && f[i] >= '0' && f[i] <= '9') {
                if (count > (limit - 9) / 10) {
                    raise_error(ts, "total struct size too long");
                    return -1;
                }
                count = count * 10 + (f[i++] - '0');
            }
            if (i >= n) {
                raise_error(ts, "repeat count given without format specifier");
                return -1;
            }
            c = f[i];
        }
        i++;
        int align;
        int isz = code_size(c, s->native, &align);
        if (isz == 0) {
            raise_error(ts, "bad char in struct format");
            return -1;
        }
        if (align > 1) {
            size = (size + align - 1) / align * align;
        }
        if (count > (limit - size) / isz) {
            raise_error(ts, "total struct size too long");
            return -1;
        }
        Entry *e = &s->entries[s->nentries++];
        e->code = c;
        e->size = isz;
        e->count = count;
        e->offset = size;
        size += count * isz;
        nvalues += c == 's' || c == 'p' ? 1 : c == 'x' ? 0 : count;
    }
    s->size = size;
    s->nvalues = nvalues;
    return 0;
}

static KrObject *struct_make(KrThread *ts, KrType *type, KrObject *format) {
    const char *f;
    size_t n;
    KrObject *fstr;
    if (kr_str_check(format)) {
        f = kr_str_utf8(ts, format, &n);
        if (!f) {
            return NULL;
        }
        fstr = KR_INCREF(format);
    } else if (kr_bytes_check(format)) {
        f = KR_BYTES_DATA(format);
        n = (size_t)KR_BYTES_SIZE(format);
        fstr = kr_codec_decode(ts, f, (intptr_t)n, "ascii", NULL);
        if (!fstr) {
            return NULL;
        }
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", format);
        return NULL;
    }
    KrStruct *s = (KrStruct *)kr_object_alloc(ts, type, type->basicsize);
    if (!s) {
        KR_DECREF(ts, fstr);
        return NULL;
    }
    s->format = fstr;
    s->entries = NULL;
    s->nentries = 0;
    if (parse_format(ts, s, f, n) < 0) {
        KR_DECREF(ts, (KrObject *)s);
        return NULL;
    }
    return (KrObject *)s;
}

static void struct_dealloc(KrThread *ts, KrObject *self) {
    KrStruct *s = (KrStruct *)self;
    KR_XDECREF(ts, s->format);
    kr_mem_free(ts, s->entries);
    kr_object_free(ts, self);
}

static KrObject *struct_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"format", NULL};
    KrObject *a[1];
    if (kr_parse_args(ts, "Struct", args, nargs, kwnames, names, 1, 0, 1, a) < 0) {
        return NULL;
    }
    return struct_make(ts, type, a[0]);
}

// A Struct for a module-level call: the argument itself when it is one.
static KrObject *get_struct(KrThread *ts, KrObject *format) {
    if (KR_TYPE(format) == &kr_struct_type) {
        return KR_INCREF(format);
    }
    return struct_make(ts, &kr_struct_type, format);
}

// ---- packing ------------------------------------------------------------------------------

static void put_bytes(unsigned char *p, uint64_t v, int size, bool big) {
    for (int j = 0; j < size; j++) {
        p[big ? size - 1 - j : j] = (unsigned char)(v >> (8 * j));
    }
}

static uint64_t get_bytes(const unsigned char *p, int size, bool big) {
    uint64_t v = 0;
    for (int j = 0; j < size; j++) {
        v |= (uint64_t)p[big ? size - 1 - j : j] << (8 * j);
    }
    return v;
}

static const char *int_name(char c) {
    switch (c) {
    case 'b':
        return "byte";
    case 'B':
        return "ubyte";
    case 'h':
        return "short";
    case 'H':
        return "ushort";
    default:
        return NULL;
    }
}

// Converts v for an integer code into its bit pattern (two's complement).
static int pack_int(KrThread *ts, KrObject *v, char code, int size, uint64_t *out) {
    KrObject *i = kr_int_check(v) ? KR_INCREF(v) : NULL;
    if (!i) {
        if (kr_float_check(v) || !KR_TYPE(v)->nb_index) {
            raise_error(ts, "required argument is not an integer");
            return -1;
        }
        i = kr_number_index(ts, v);
        if (!i) {
            return -1;
        }
    }
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    if (code == 'P') {
        is_signed = kr_int_sign(i) < 0;
    }
    int neg = kr_int_sign(i) < 0;
    int64_t bits = kr_int_bit_length(i);
    KrInt *k = (KrInt *)i;
    uint64_t mag = 0;
    intptr_t nd = k->size < 0 ? -k->size : k->size;
    for (intptr_t d = nd - 1; d >= 0 && bits <= 64; d--) {
        mag = mag << KR_INT_SHIFT | k->digits[d];
    }
    KR_DECREF(ts, i);
    bool ok;
    if (is_signed) {
        uint64_t lim = (uint64_t)1 << (size * 8 - 1);
        ok = bits <= 64 && (neg ? mag <= lim : mag < lim);
    } else {
        ok = !neg && bits <= size * 8;
    }
    if (!ok) {
        const char *name = int_name(code);
        if (name && code_size(code, false, &(int){0}) == size) {
            if (is_signed) {
                raise_error(ts, "%s format requires %lld <= number <= %lld", name, -(1LL << (size * 8 - 1)),
                            (1LL << (size * 8 - 1)) - 1);
            } else {
                raise_error(ts, "%s format requires 0 <= number <= %llu", name, (1ULL << (size * 8)) - 1);
            }
        } else if (size >= 8 || (!is_signed && neg)) {
            raise_error(ts, "argument out of range");
        } else if (is_signed) {
            raise_error(ts, "'%c' format requires %lld <= number <= %lld", code, -(1LL << (size * 8 - 1)),
                        (1LL << (size * 8 - 1)) - 1);
        } else {
            raise_error(ts, "'%c' format requires 0 <= number <= %llu", code, (1ULL << (size * 8)) - 1);
        }
        return -1;
    }
    *out = neg ? (uint64_t)0 - mag : mag;
    return 0;
}

// IEEE 754 binary16 from a double, rounding half to even; -1 on overflow.
static int half_bits(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7E00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7C00;
        return 0;
    }
    int e;
    double m = frexp(a, &e); // a = m * 2^e, 0.5 <= m < 1
    if (a == 0) {
        *out = sign;
        return 0;
    }
    int exp = e - 1 + 15;
    double frac;
    if (exp <= 0) {
        frac = ldexp(a, 24); // subnormal: units of 2^-24
        exp = 0;
    } else {
        frac = ldexp(m, 11) - 1024.0; // units of 2^-10 of the significand
    }
    double r = nearbyint(frac);
    if (fabs(r - frac) == 0.5) {
        r = 2.0 * nearbyint(frac / 2.0);
    }
    uint32_t f = (uint32_t)r;
    if (exp == 0 && f >= 1024) {
        exp = 1;
        f -= 1024;
    } else if (exp > 0 && f >= 1024) {
        exp++;
        f = 0;
    }
    if (exp >= 31) {
        return -1;
    }
    *out = (uint16_t)(sign | (uint16_t)(exp << 10) | (uint16_t)f);
    return 0;
}

static double half_value(uint16_t h) {
    int exp = (h >> 10) & 0x1F;
    int f = h & 0x3FF;
    double v = exp == 0 ? ldexp(f, -24) : exp == 31 ? (f ? NAN : INFINITY) : ldexp(f + 1024, exp - 25);
    return h & 0x8000 ? -v : v;
}

static int pack_one(KrThread *ts, KrStruct *s, const Entry *e, unsigned char *p, KrObject *v) {
    char c = e->code;
    if (c == 's' || c == 'p') {
        const char *src;
        intptr_t n;
        if (kr_bytes_buffer(ts, v, &src, &n) <= 0 || kr_str_check(v)) {
            if (!kr_err_occurred(ts)) {
                raise_error(ts, "argument for '%c' must be a bytes object", c);
            }
            return -1;
        }
        intptr_t room = e->count;
        if (c == 'p') {
            if (room == 0) {
                return 0;
            }
            intptr_t k = n < room - 1 ? n : room - 1;
            memcpy(p + 1, src, (size_t)k);
            p[0] = (unsigned char)(k > 255 ? 255 : k);
            return 0;
        }
        memcpy(p, src, (size_t)(n < room ? n : room));
        return 0;
    }
    if (c == 'c') {
        if (!(kr_bytes_check(v) || kr_bytearray_check(v)) || KR_BYTES_SIZE(v) != 1) {
            raise_error(ts, "char format requires a bytes object of length 1");
            return -1;
        }
        p[0] = (unsigned char)(kr_bytes_check(v) ? KR_BYTES_DATA(v)[0] : ((KrByteArray *)v)->data[0]);
        return 0;
    }
    if (c == '?') {
        int t = kr_is_true(ts, v);
        if (t < 0) {
            return -1;
        }
        p[0] = (unsigned char)t;
        return 0;
    }
    if (c == 'e' || c == 'f' || c == 'd') {
        if (!kr_float_check(v) && !kr_int_check(v) &&
            !KR_TYPE(v)->nb_float && !KR_TYPE(v)->nb_index) {
            raise_error(ts, "required argument is not a float");
            return -1;
        }
        double x = kr_float_as_double(ts, v);
        if (x == -1.0 && kr_err_occurred(ts)) {
            return -1;
        }
        uint64_t bits;
        if (c == 'e') {
            uint16_t h;
            if (half_bits(x, &h) < 0) {
                kr_err_set_str(ts, &kr_exc_OverflowError, "float too large to pack with e format");
                return -1;
            }
            bits = h;
        } else if (c == 'f') {
            float fl = (float)x;
            if (!s->native && isinf(fl) && isfinite(x)) {
                kr_err_set_str(ts, &kr_exc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t u;
            memcpy(&u, &fl, 4);
            bits = u;
        } else {
            memcpy(&bits, &x, 8);
        }
        put_bytes(p, bits, e->size, s->big);
        return 0;
    }
    uint64_t bits;
    if (pack_int(ts, v, c, e->size, &bits) < 0) {
        return -1;
    }
    put_bytes(p, bits, e->size, s->big);
    return 0;
}

// Packs values into p (s->size bytes, zeroed first).
static int pack_values(KrThread *ts, KrStruct *s, unsigned char *p, KrObject *const *args, size_t nargs,
                       const char *fname) {
    if ((intptr_t)nargs != s->nvalues) {
        raise_error(ts, "%s expected %zd items for packing (got %zu)", fname, s->nvalues, nargs);
        return -1;
    }
    memset(p, 0, (size_t)s->size);
    size_t k = 0;
    for (int i = 0; i < s->nentries; i++) {
        const Entry *e = &s->entries[i];
        if (e->code == 'x') {
            continue;
        }
        if (e->code == 's' || e->code == 'p') {
            if (pack_one(ts, s, e, p + e->offset, args[k++]) < 0) {
                return -1;
            }
            continue;
        }
        for (intptr_t j = 0; j < e->count; j++) {
            if (pack_one(ts, s, e, p + e->offset + j * e->size, args[k++]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static KrObject *unpack_one(KrThread *ts, KrStruct *s, const Entry *e, const unsigned char *p) {
    char c = e->code;
    switch (c) {
    case 's':
        return kr_bytes_from(ts, (const char *)p, (size_t)e->count);
    case 'p': {
        intptr_t k = e->count ? p[0] : 0;
        if (k >= e->count) {
            k = e->count > 0 ? e->count - 1 : 0;
        }
        return kr_bytes_from(ts, (const char *)p + 1, (size_t)k);
    }
    case 'c':
        return kr_bytes_from(ts, (const char *)p, 1);
    case '?':
        return KR_INCREF(p[0] ? KR_TRUE : KR_FALSE);
    case 'e':
        return kr_float_from_double(ts, half_value((uint16_t)get_bytes(p, 2, s->big)));
    case 'f': {
        uint32_t u = (uint32_t)get_bytes(p, 4, s->big);
        float fl;
        memcpy(&fl, &u, 4);
        return kr_float_from_double(ts, fl);
    }
    case 'd': {
        uint64_t u = get_bytes(p, 8, s->big);
        double d;
        memcpy(&d, &u, 8);
        return kr_float_from_double(ts, d);
    }
    default:
        break;
    }
    uint64_t v = get_bytes(p, e->size, s->big);
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if (is_signed && e->size < 8 && (v >> (e->size * 8 - 1)) & 1) {
        v |= ~(uint64_t)0 << (e->size * 8);
    }
    return is_signed ? kr_int_from_i64(ts, (int64_t)v) : kr_int_from_u64(ts, v);
}

static KrObject *unpack_values(KrThread *ts, KrStruct *s, const unsigned char *p) {
    KrObject *t = kr_tuple_new(ts, s->nvalues);
    if (!t) {
        return NULL;
    }
    intptr_t k = 0;
    for (int i = 0; i < s->nentries; i++) {
        const Entry *e = &s->entries[i];
        if (e->code == 'x') {
            continue;
        }
        intptr_t reps = e->code == 's' || e->code == 'p' ? 1 : e->count;
        for (intptr_t j = 0; j < reps; j++) {
            KrObject *v = unpack_one(ts, s, e, p + e->offset + j * e->size);
            if (!v) {
                KR_DECREF(ts, t);
                return NULL;
            }
            KR_TUPLE_ITEMS(t)[k++] = v;
        }
    }
    return t;
}

// ---- methods and functions ----------------------------------------------------------------

static KrObject *do_pack(KrThread *ts, KrStruct *s, KrObject *const *args, size_t nargs) {
    KrObject *b = kr_bytes_new(ts, s->size);
    if (b && pack_values(ts, s, (unsigned char *)KR_BYTES_DATA(b), args, nargs, "pack") < 0) {
        KR_CLEAR(ts, b);
    }
    return b;
}

// A writable view of a bytearray or a writable memoryview over one.
static int writable(KrThread *ts, KrObject *o, unsigned char **p, intptr_t *n) {
    if (kr_bytearray_check(o)) {
        *p = (unsigned char *)((KrByteArray *)o)->data;
        *n = ((KrByteArray *)o)->size;
        return 0;
    }
    if (kr_memoryview_check(o)) {
        KrMemoryView *mv = (KrMemoryView *)o;
        if (!mv->released && !mv->readonly && mv->obj && kr_bytearray_check(mv->obj)) {
            char *data;
            if (kr_memoryview_data(ts, o, &data, n) < 0) {
                return -1;
            }
            *p = (unsigned char *)data;
            return 0;
        }
    }
    kr_err_format(ts, &kr_exc_TypeError, "argument must be read-write bytes-like object, not %T", o);
    return -1;
}

static KrObject *do_pack_into(KrThread *ts, KrStruct *s, KrObject *const *args, size_t nargs) {
    if (nargs < 2) {
        raise_error(ts, nargs == 0 ? "pack_into expected buffer argument" : "pack_into expected offset argument");
        return NULL;
    }
    unsigned char *p;
    intptr_t n;
    if (writable(ts, args[0], &p, &n) < 0) {
        return NULL;
    }
    KrObject *oi = kr_number_index(ts, args[1]);
    if (!oi) {
        return NULL;
    }
    intptr_t off = kr_int_as_ssize(ts, oi);
    KR_DECREF(ts, oi);
    if (off == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    if ((intptr_t)nargs - 2 != s->nvalues) {
        raise_error(ts, "pack_into expected %zd items for packing (got %zu)", s->nvalues, nargs - 2);
        return NULL;
    }
    if (off < 0) {
        if (off + s->size > 0) {
            raise_error(ts, "no space to pack %zd bytes at offset %zd", s->size, off);
            return NULL;
        }
        if (off + n < 0) {
            raise_error(ts, "offset %zd out of range for %zd-byte buffer", off, n);
            return NULL;
        }
        off += n;
    }
    if (n - off < s->size) {
        raise_error(ts, "pack_into requires a buffer of at least %zd bytes for packing %zd bytes at offset %zd "
                        "(actual buffer size is %zd)",
                    s->size + off, s->size, off, n);
        return NULL;
    }
    unsigned char *tmp = kr_mem_alloc(ts, (size_t)s->size + 1);
    if (!tmp) {
        return NULL;
    }
    int rc = pack_values(ts, s, tmp, args + 2, nargs - 2, "pack_into");
    if (rc == 0) {
        // The buffer may have been resized by a value's __index__; check again.
        if (writable(ts, args[0], &p, &n) == 0 && n - off >= s->size) {
            memcpy(p + off, tmp, (size_t)s->size);
        } else if (!kr_err_occurred(ts)) {
            raise_error(ts, "buffer changed size while packing");
            rc = -1;
        } else {
            rc = -1;
        }
    }
    kr_mem_free(ts, tmp);
    if (rc < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *do_unpack(KrThread *ts, KrStruct *s, KrObject *buf) {
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, buf, &p, &n) < 0) {
        return NULL;
    }
    if (n != s->size) {
        raise_error(ts, "unpack requires a buffer of %zd bytes", s->size);
        return NULL;
    }
    return unpack_values(ts, s, (const unsigned char *)p);
}

static KrObject *do_unpack_from(KrThread *ts, KrStruct *s, KrObject *buf, KrObject *offset) {
    const char *p;
    intptr_t n, off = 0;
    if (offset) {
        KrObject *oi = kr_number_index(ts, offset);
        if (!oi) {
            return NULL;
        }
        off = kr_int_as_ssize(ts, oi);
        KR_DECREF(ts, oi);
        if (off == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    if (kr_bytes_buffer_req(ts, buf, &p, &n) < 0) {
        return NULL;
    }
    if (off < 0) {
        if (off + n < 0) {
            raise_error(ts, "offset %zd out of range for %zd-byte buffer", off, n);
            return NULL;
        }
        off += n;
    }
    if (n - off < s->size) {
        raise_error(ts, "unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes at offset "
                        "%zd (actual buffer size is %zd)",
                    s->size + off, s->size, off, n);
        return NULL;
    }
    return unpack_values(ts, s, (const unsigned char *)p + off);
}

static KrObject *do_iter_unpack(KrThread *ts, KrStruct *s, KrObject *buf) {
    const char *p;
    intptr_t n;
    if (s->size == 0) {
        raise_error(ts, "cannot iteratively unpack with a struct of length 0");
        return NULL;
    }
    if (kr_bytes_buffer_req(ts, buf, &p, &n) < 0) {
        return NULL;
    }
    if (n % s->size != 0) {
        raise_error(ts, "iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
        return NULL;
    }
    KrObject *data = kr_bytes_from(ts, p, (size_t)n);
    KrStructIter *it = data ? (KrStructIter *)kr_object_alloc(ts, &kr_struct_unpack_iter_type, sizeof(KrStructIter))
                            : NULL;
    if (!it) {
        KR_XDECREF(ts, data);
        return NULL;
    }
    it->st = KR_INCREF((KrObject *)s);
    it->data = data;
    it->pos = 0;
    return (KrObject *)it;
}

static KrObject *st_pack(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_modsupport_no_kwargs(ts, "pack", kw) < 0) {
        return NULL;
    }
    return do_pack(ts, (KrStruct *)self, args, nargs);
}

static KrObject *st_pack_into(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_modsupport_no_kwargs(ts, "pack_into", kw) < 0) {
        return NULL;
    }
    return do_pack_into(ts, (KrStruct *)self, args, nargs);
}

static KrObject *st_unpack(KrThread *ts, KrObject *self, KrObject *buf) {
    return do_unpack(ts, (KrStruct *)self, buf);
}

static KrObject *st_unpack_from(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"buffer", "offset", NULL};
    KrObject *a[2];
    if (kr_parse_args(ts, "unpack_from", args, nargs, kw, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    return do_unpack_from(ts, (KrStruct *)self, a[0], a[1]);
}

static KrObject *st_iter_unpack(KrThread *ts, KrObject *self, KrObject *buf) {
    return do_iter_unpack(ts, (KrStruct *)self, buf);
}

static KrObject *st_sizeof(KrThread *ts, KrObject *self) {
    KrStruct *s = (KrStruct *)self;
    return kr_int_from_i64(ts, (int64_t)(sizeof(KrStruct) + sizeof(Entry) * (size_t)(s->nentries + 1)));
}

static KrObject *st_format(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrStruct *)self)->format);
}

static KrObject *st_size(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, ((KrStruct *)self)->size);
}

static const KrMethodDef struct_methods[] = {
    {"pack", st_pack, KR_METH_VARARGS, false, false, NULL},
    {"pack_into", st_pack_into, KR_METH_VARARGS, false, false, NULL},
    {"unpack", st_unpack, KR_METH_O, false, false, NULL},
    {"unpack_from", st_unpack_from, KR_METH_VARARGS, false, false, NULL},
    {"iter_unpack", st_iter_unpack, KR_METH_O, false, false, NULL},
    {"__sizeof__", st_sizeof, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef struct_getsets[] = {
    {"format", st_format, NULL, "struct format string"},
    {"size", st_size, NULL, "struct size in bytes"},
    {NULL, NULL, NULL, NULL},
};

KrType kr_struct_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_struct.Struct",
    .basicsize = sizeof(KrStruct),
    .flags = KR_TYPE_BASETYPE,
    .doc = "Struct(fmt) --> compiled struct object",
    .dealloc = struct_dealloc,
    .methods = struct_methods,
    .getsets = struct_getsets,
    .new_ = struct_new,
};

static void iter_dealloc(KrThread *ts, KrObject *self) {
    KrStructIter *it = (KrStructIter *)self;
    KR_XDECREF(ts, it->st);
    KR_XDECREF(ts, it->data);
    kr_object_free(ts, self);
}

static KrObject *iter_next(KrThread *ts, KrObject *self) {
    KrStructIter *it = (KrStructIter *)self;
    KrStruct *s = (KrStruct *)it->st;
    if (it->pos + s->size > KR_BYTES_SIZE(it->data)) {
        return NULL;
    }
    KrObject *r = unpack_values(ts, s, (const unsigned char *)KR_BYTES_DATA(it->data) + it->pos);
    it->pos += s->size;
    return r;
}

static KrObject *iter_length_hint(KrThread *ts, KrObject *self) {
    KrStructIter *it = (KrStructIter *)self;
    KrStruct *s = (KrStruct *)it->st;
    return kr_int_from_i64(ts, (KR_BYTES_SIZE(it->data) - it->pos) / s->size);
}

static const KrMethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_struct_unpack_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(KrStructIter),
    .dealloc = iter_dealloc,
    .iter = kr_modsupport_self_iter,
    .iternext = iter_next,
    .methods = iter_methods,
};

// ---- module functions: each compiles the format first -------------------------------------

static KrObject *mod_pack(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "pack", kw) < 0) {
        return NULL;
    }
    if (nargs < 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "missing format argument");
        return NULL;
    }
    KrObject *s = get_struct(ts, args[0]);
    KrObject *r = s ? do_pack(ts, (KrStruct *)s, args + 1, nargs - 1) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *mod_pack_into(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "pack_into", kw) < 0) {
        return NULL;
    }
    if (nargs < 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "missing format argument");
        return NULL;
    }
    KrObject *s = get_struct(ts, args[0]);
    KrObject *r = s ? do_pack_into(ts, (KrStruct *)s, args + 1, nargs - 1) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *mod_unpack(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_check_positional(ts, "unpack", nargs, kw, 2, 2) < 0) {
        return NULL;
    }
    KrObject *s = get_struct(ts, args[0]);
    KrObject *r = s ? do_unpack(ts, (KrStruct *)s, args[1]) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *mod_unpack_from(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    KrObject *a[3];
    if (kr_parse_args(ts, "unpack_from", args, nargs, kw, names, 2, 1, 3, a) < 0) {
        return NULL;
    }
    KrObject *s = get_struct(ts, a[0]);
    KrObject *r = s ? do_unpack_from(ts, (KrStruct *)s, a[1], a[2]) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *mod_iter_unpack(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_check_positional(ts, "iter_unpack", nargs, kw, 2, 2) < 0) {
        return NULL;
    }
    KrObject *s = get_struct(ts, args[0]);
    KrObject *r = s ? do_iter_unpack(ts, (KrStruct *)s, args[1]) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *mod_calcsize(KrThread *ts, KrObject *self, KrObject *format) {
    (void)self;
    KrObject *s = get_struct(ts, format);
    KrObject *r = s ? kr_int_from_i64(ts, ((KrStruct *)s)->size) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static KrObject *mod_clearcache(KrThread *ts, KrObject *self) {
    (void)self;
    (void)ts;
    KR_RETURN_NONE;
}

static const KrMethodDef struct_fns[] = {
    {"pack", mod_pack, KR_METH_VARARGS, false, false, NULL},
    {"pack_into", mod_pack_into, KR_METH_VARARGS, false, false, NULL},
    {"unpack", mod_unpack, KR_METH_VARARGS, false, false, NULL},
    {"unpack_from", mod_unpack_from, KR_METH_VARARGS, false, false, NULL},
    {"iter_unpack", mod_iter_unpack, KR_METH_VARARGS, false, false, NULL},
    {"calcsize", mod_calcsize, KR_METH_O, false, false, NULL},
    {"_clearcache", mod_clearcache, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_struct_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "_struct", "Functions to convert between Python values and C structs.",
                                       struct_fns, (KrType *const[]){&kr_struct_type, NULL});
    KrObject *err = m ? struct_error(ts) : NULL;
    if (!err || kr_modsupport_add(ts, m, "error", KR_INCREF(err)) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
