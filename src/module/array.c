// SPDX-License-Identifier: MIT
// array.array: storage, item conversion with CPython's range errors, and the sequence slots.
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "array.h"
#include "modsupport.h"

// Item sizes follow the platform's C types ('l' is 4 bytes on wasm32); 'u' is
// a 4-byte wchar_t on every target Krait builds for.
static const KrArrayDesc descs[] = {
    {'b', 1, 's'}, {'B', 1, 'u'}, {'u', 4, 'c'}, {'h', (unsigned char)sizeof(short), 's'},
    {'H', (unsigned char)sizeof(short), 'u'}, {'i', (unsigned char)sizeof(int), 's'},
    {'I', (unsigned char)sizeof(int), 'u'}, {'l', (unsigned char)sizeof(long), 's'},
    {'L', (unsigned char)sizeof(long), 'u'}, {'q', 8, 's'}, {'Q', 8, 'u'}, {'f', 4, 'f'}, {'d', 8, 'f'},
};

const KrArrayDesc *kr_array_desc(char code) {
    for (size_t i = 0; i < sizeof(descs) / sizeof(descs[0]); i++) {
        if (descs[i].code == code) {
            return &descs[i];
        }
    }
    return NULL;
}

KrObject *kr_array_new(KrThread *ts, KrType *type, const KrArrayDesc *desc, intptr_t len) {
    KrArray *a = (KrArray *)kr_object_alloc(ts, type, type->basicsize);
    if (!a) {
        return NULL;
    }
    a->desc = desc;
    if (kr_array_resize(ts, (KrObject *)a, len) < 0) {
        KR_DECREF(ts, a);
        return NULL;
    }
    return (KrObject *)a;
}

int kr_array_resize(KrThread *ts, KrObject *o, intptr_t len) {
    KrArray *a = KR_ARRAY(o);
    if (a->exports > 0 && len != a->len) {
        kr_err_set_str(ts, &kr_exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    // `data` is never NULL (so copies of zero items need no checks).
    if (!a->data || len > a->alloc || len < a->alloc / 2) {
        intptr_t want = len + (len >> 3) + (len < 9 ? 3 : 6);
        if ((uint64_t)want > (uint64_t)INTPTR_MAX / a->desc->size) {
            kr_err_set_str(ts, &kr_exc_MemoryError, "");
            return -1;
        }
        char *p = kr_mem_realloc(ts, a->data, (size_t)want * a->desc->size);
        if (!p) {
            return -1;
        }
        a->data = p;
        a->alloc = want;
    }
    a->len = len;
    return 0;
}

KrObject *kr_array_get(KrThread *ts, KrObject *o, intptr_t i) {
    KrArray *a = KR_ARRAY(o);
    const char *p = a->data + i * a->desc->size;
    switch (a->desc->code) {
    case 'b': return kr_int_from_i64(ts, *(const signed char *)p);
    case 'B': return kr_int_from_i64(ts, *(const unsigned char *)p);
    case 'u': {
        uint32_t c;
        memcpy(&c, p, 4);
        return kr_str_from_codepoint(ts, c);
    }
    case 'h': { short v; memcpy(&v, p, sizeof v); return kr_int_from_i64(ts, v); }
    case 'H': { unsigned short v; memcpy(&v, p, sizeof v); return kr_int_from_i64(ts, v); }
    case 'i': { int v; memcpy(&v, p, sizeof v); return kr_int_from_i64(ts, v); }
    case 'I': { unsigned v; memcpy(&v, p, sizeof v); return kr_int_from_u64(ts, v); }
    case 'l': { long v; memcpy(&v, p, sizeof v); return kr_int_from_i64(ts, (int64_t)v); }
    case 'L': { unsigned long v; memcpy(&v, p, sizeof v); return kr_int_from_u64(ts, (uint64_t)v); }
    case 'q': { int64_t v; memcpy(&v, p, sizeof v); return kr_int_from_i64(ts, v); }
    case 'Q': { uint64_t v; memcpy(&v, p, sizeof v); return kr_int_from_u64(ts, v); }
    case 'f': { float v; memcpy(&v, p, sizeof v); return kr_float_from_double(ts, (double)v); }
    default: { double v; memcpy(&v, p, sizeof v); return kr_float_from_double(ts, v); }
    }
}

// An int's value as uint64_t when it is non-negative and fits 64 bits.
static bool int_as_u64(KrObject *o, uint64_t *out) {
    if (kr_int_sign(o) < 0 || kr_int_bit_length(o) > 64) {
        return false;
    }
    KrInt *v = (KrInt *)o;
    uint64_t r = 0;
    for (intptr_t d = v->size - 1; d >= 0; d--) {
        r = (r << KR_INT_SHIFT) | v->digits[d];
    }
    *out = r;
    return true;
}

// Raises OverflowError "<what> is greater than maximum" unless lo <= x <= hi.
static int check_range(KrThread *ts, int64_t x, int64_t lo, int64_t hi, const char *what) {
    if (x < lo || x > hi) {
        kr_err_format(ts, &kr_exc_OverflowError, "%s is %s", what, x < lo ? "less than minimum" : "greater than maximum");
        return -1;
    }
    return 0;
}

// The value of a code parsed as CPython's array does: as a C long, then
// through the argument parser's format of the next wider C type, then the
// code's own range ('b' goes through 'h': "signed short integer is greater
// than maximum" before "signed char ...").
static int small_value(KrThread *ts, char code, KrObject *v, int64_t *out) {
    int overflow = 0;
    int64_t x = kr_int_as_i64(v, &overflow);
    int64_t long_min = sizeof(long) == 8 ? INT64_MIN : INT32_MIN;
    int64_t long_max = sizeof(long) == 8 ? INT64_MAX : INT32_MAX;
    if (overflow || x < long_min || x > long_max) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    int r = 0;
    switch (code) {
    case 'b':
        r = check_range(ts, x, INT16_MIN, INT16_MAX, "signed short integer");
        r = r < 0 ? r : check_range(ts, x, INT8_MIN, INT8_MAX, "signed char");
        break;
    case 'B': r = check_range(ts, x, 0, UINT8_MAX, "unsigned byte integer"); break;
    case 'h': r = check_range(ts, x, INT16_MIN, INT16_MAX, "signed short integer"); break;
    case 'H':
        r = check_range(ts, x, INT32_MIN, INT32_MAX, "signed integer");
        r = r < 0 ? r : check_range(ts, x, 0, UINT16_MAX, "unsigned short");
        break;
    case 'i': r = check_range(ts, x, INT32_MIN, INT32_MAX, "signed integer"); break;
    default: break; // 'l'
    }
    *out = x;
    return r;
}

static int signed_value(KrThread *ts, char code, KrObject *v, int64_t *out) {
    if (code != 'q') {
        return small_value(ts, code, v, out);
    }
    int overflow = 0;
    *out = kr_int_as_i64(v, &overflow);
    if (overflow) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "int too big to convert");
        return -1;
    }
    return 0;
}

static int unsigned_value(KrThread *ts, char code, int size, KrObject *v, uint64_t *out) {
    if (code == 'B' || code == 'H') {
        int64_t x;
        int r = small_value(ts, code, v, &x);
        *out = (uint64_t)x;
        return r;
    }
    uint64_t max = size == 8 ? UINT64_MAX : (UINT64_C(1) << (size * 8)) - 1;
    bool neg = kr_int_sign(v) < 0;
    uint64_t x = 0;
    bool fits = !neg && int_as_u64(v, &x);
    if (code == 'Q') {
        if (!fits) {
            kr_err_set_str(ts, &kr_exc_OverflowError,
                           neg ? "can't convert negative int to unsigned" : "int too big to convert");
            return -1;
        }
        *out = x;
        return 0;
    }
    if (neg) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    uint64_t ulong_max = sizeof(long) == 8 ? UINT64_MAX : UINT32_MAX;
    if (!fits || x > ulong_max) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    if (x > max) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "unsigned int is greater than maximum");
        return -1;
    }
    *out = x;
    return 0;
}

static void store_int(char *p, int size, uint64_t bits) {
    uint8_t b1 = (uint8_t)bits;
    uint16_t b2 = (uint16_t)bits;
    uint32_t b4 = (uint32_t)bits;
    if (size == 1) {
        memcpy(p, &b1, 1);
    } else if (size == 2) {
        memcpy(p, &b2, 2);
    } else if (size == 4) {
        memcpy(p, &b4, 4);
    } else {
        memcpy(p, &bits, 8);
    }
}

// Converts v for the array's typecode into `p` (one item's bytes).
static int pack_item(KrThread *ts, const KrArrayDesc *d, char *p, KrObject *v) {
    if (d->kind == 'c') {
        if (!kr_str_check(v) || KR_STR_LEN(v) != 1) {
            kr_err_set_str(ts, &kr_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t c = kr_str_char_at(v, 0);
        memcpy(p, &c, 4);
        return 0;
    }
    if (d->kind == 'f') {
        if (!kr_float_check(v) && !kr_int_check(v) && !kr_type_lookup(ts, KR_TYPE(v), KR_ID(ts, __float__)) &&
            !kr_type_lookup(ts, KR_TYPE(v), KR_ID(ts, __index__))) {
            kr_err_format(ts, &kr_exc_TypeError, "must be real number, not %T", v);
            return -1;
        }
        double x = kr_float_as_double(ts, v);
        if (x == -1.0 && kr_err_occurred(ts)) {
            return -1;
        }
        if (d->size == 4) {
            float f = (float)x;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &x, 8);
        }
        return 0;
    }
    KrObject *i = kr_number_index(ts, v);
    if (!i) {
        return -1;
    }
    int r;
    if (d->kind == 's') {
        int64_t x;
        r = signed_value(ts, d->code, i, &x);
        if (r == 0) {
            store_int(p, d->size, (uint64_t)x);
        }
    } else {
        uint64_t x;
        r = unsigned_value(ts, d->code, d->size, i, &x);
        if (r == 0) {
            store_int(p, d->size, x);
        }
    }
    KR_DECREF(ts, i);
    return r;
}

int kr_array_set(KrThread *ts, KrObject *o, intptr_t i, KrObject *v) {
    KrArray *a = KR_ARRAY(o);
    return pack_item(ts, a->desc, a->data + i * a->desc->size, v);
}

int kr_array_extend_iter(KrThread *ts, KrObject *o, KrObject *iterable) {
    KrArray *a = KR_ARRAY(o);
    if (kr_array_check(iterable)) {
        KrArray *b = KR_ARRAY(iterable);
        if (b->desc != a->desc) {
            kr_err_set_str(ts, &kr_exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        intptr_t n = a->len, m = b->len;
        if (kr_array_resize(ts, o, n + m) < 0) {
            return -1;
        }
        memmove(a->data + n * a->desc->size, b->data, (size_t)m * a->desc->size);
        return 0;
    }
    KrObject *it = kr_iter(ts, iterable);
    if (!it) {
        return -1;
    }
    KrObject *v;
    char item[8];
    while ((v = kr_next(ts, it))) {
        int r = pack_item(ts, a->desc, item, v);
        KR_DECREF(ts, v);
        if (r < 0 || kr_array_resize(ts, o, a->len + 1) < 0) {
            KR_DECREF(ts, it);
            return -1;
        }
        memcpy(a->data + (a->len - 1) * a->desc->size, item, a->desc->size);
    }
    KR_DECREF(ts, it);
    return kr_err_occurred(ts) ? -1 : 0;
}

int kr_array_extend_bytes(KrThread *ts, KrObject *o, const char *p, intptr_t n) {
    KrArray *a = KR_ARRAY(o);
    int size = a->desc->size;
    if (n % size) {
        kr_err_set_str(ts, &kr_exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    intptr_t old = a->len;
    if (kr_array_resize(ts, o, old + n / size) < 0) {
        return -1;
    }
    memmove(a->data + old * size, p, (size_t)n);
    return 0;
}

int kr_array_extend_unicode(KrThread *ts, KrObject *o, KrObject *s) {
    KrArray *a = KR_ARRAY(o);
    intptr_t old = a->len, n = KR_STR_LEN(s);
    if (kr_array_resize(ts, o, old + n) < 0) {
        return -1;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = kr_str_char_at(s, i);
        memcpy(a->data + (old + i) * 4, &c, 4);
    }
    return 0;
}

KrObject *kr_array_to_list(KrThread *ts, KrObject *o) {
    KrArray *a = KR_ARRAY(o);
    KrObject *list = kr_list_new(ts, a->len);
    for (intptr_t i = 0; list && i < a->len; i++) {
        KrObject *v = kr_array_get(ts, o, i);
        if (!v) {
            KR_DECREF(ts, list);
            return NULL;
        }
        KR_LIST_ITEMS(list)[i] = v;
    }
    return list;
}

// ---- the type's slots ------------------------------------------------------------------

static KrObject *array_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (type == &kr_array_type && kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "array.array() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        kr_err_format(ts, &kr_exc_TypeError, "array() takes at %s %d argument%s (%zu given)",
                      nargs ? "most" : "least", nargs ? 2 : 1, nargs ? "s" : "", nargs);
        return NULL;
    }
    KrObject *tc = args[0];
    if (!kr_str_check(tc) || KR_STR_LEN(tc) != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "array() argument 1 must be a unicode character, not %T", tc);
        return NULL;
    }
    uint32_t c = kr_str_char_at(tc, 0);
    const KrArrayDesc *d = c < 128 ? kr_array_desc((char)c) : NULL;
    if (!d) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    KrObject *init = nargs > 1 ? args[1] : NULL;
    if (init && kr_str_check(init) && d->code != 'u') {
        kr_err_format(ts, &kr_exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", d->code);
        return NULL;
    }
    if (init && kr_array_check(init) && KR_ARRAY(init)->desc->code == 'u' && d->code != 'u') {
        kr_err_format(ts, &kr_exc_TypeError,
                      "cannot use a unicode array to initialize an array with typecode '%c'", d->code);
        return NULL;
    }
    KrObject *a = kr_array_new(ts, type, d, 0);
    if (!a || !init || init == KR_NONE) {
        return a;
    }
    int r;
    const char *p;
    intptr_t n;
    if (kr_str_check(init)) {
        r = kr_array_extend_unicode(ts, a, init);
    } else if (kr_bytes_check(init) || kr_bytearray_check(init)) {
        kr_bytes_buffer(ts, init, &p, &n);
        r = kr_array_extend_bytes(ts, a, p, n);
    } else if (kr_array_check(init) && KR_ARRAY(init)->desc != d) {
        // Another typecode: item by item through Python values.
        KrObject *list = kr_array_to_list(ts, init);
        r = list ? kr_array_extend_iter(ts, a, list) : -1;
        KR_XDECREF(ts, list);
    } else {
        r = kr_array_extend_iter(ts, a, init);
    }
    if (r < 0) {
        KR_DECREF(ts, a);
        return NULL;
    }
    return a;
}

static void array_dealloc(KrThread *ts, KrObject *self) {
    kr_mem_free(ts, KR_ARRAY(self)->data);
    kr_object_free(ts, self);
}

static KrObject *array_repr(KrThread *ts, KrObject *self) {
    KrArray *a = KR_ARRAY(self);
    const char *name = kr_type_name_cstr(KR_TYPE(self));
    if (a->len == 0) {
        return kr_str_from_format(ts, "%s('%c')", name, a->desc->code);
    }
    KrObject *inner = NULL;
    if (a->desc->code == 'u') {
        KrObject *s = kr_call_method(ts, self, kr_str_intern_literal(ts, "tounicode"), NULL, 0);
        inner = s ? kr_repr(ts, s) : NULL;
        KR_XDECREF(ts, s);
    } else {
        KrObject *list = kr_array_to_list(ts, self);
        inner = list ? kr_repr(ts, list) : NULL;
        KR_XDECREF(ts, list);
    }
    if (!inner) {
        return NULL;
    }
    KrObject *r = kr_str_from_format(ts, "%s('%c', %U)", name, a->desc->code, inner);
    KR_DECREF(ts, inner);
    return r;
}

static intptr_t array_len(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_ARRAY(self)->len;
}

// An index argument resolved against the length; -2 with an exception set.
static intptr_t resolve_index(KrThread *ts, KrObject *self, KrObject *key, const char *oor) {
    intptr_t i = kr_index_as_ssize(ts, key, NULL);
    if (i == -1 && kr_err_occurred(ts)) {
        return -2;
    }
    intptr_t n = KR_ARRAY(self)->len;
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        kr_err_set_str(ts, &kr_exc_IndexError, oor);
        return -2;
    }
    return i;
}

static KrObject *array_getitem(KrThread *ts, KrObject *self, KrObject *key) {
    KrArray *a = KR_ARRAY(self);
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, a->len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        KrObject *r = kr_array_new(ts, &kr_array_type, a->desc, n);
        if (!r) {
            return NULL;
        }
        int size = a->desc->size;
        for (intptr_t k = 0; k < n; k++) {
            memcpy(KR_ARRAY(r)->data + k * size, a->data + (start + k * step) * size, size);
        }
        return r;
    }
    if (!KR_INDEX_CHECK(key)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "array indices must be integers");
        return NULL;
    }
    intptr_t i = resolve_index(ts, self, key, "array index out of range");
    return i < 0 ? NULL : kr_array_get(ts, self, i);
}

// Removes the items at start, start+step, ... (n of them).
static int delete_slice(KrThread *ts, KrObject *self, intptr_t start, intptr_t step, intptr_t n) {
    KrArray *a = KR_ARRAY(self);
    int size = a->desc->size;
    if (n == 0) {
        return 0;
    }
    if (step < 0) {
        start += (n - 1) * step;
        step = -step;
    }
    intptr_t w = start;
    for (intptr_t r = start; r < a->len; r++) {
        bool gone = r < start + n * step && (r - start) % step == 0;
        if (!gone) {
            memmove(a->data + w * size, a->data + r * size, size);
            w++;
        }
    }
    return kr_array_resize(ts, self, w);
}

static int assign_slice(KrThread *ts, KrObject *self, KrObject *key, KrObject *value) {
    KrArray *a = KR_ARRAY(self);
    intptr_t start, stop, step;
    intptr_t n = kr_slice_indices(ts, key, a->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (!value) {
        return delete_slice(ts, self, start, step, n);
    }
    if (!kr_array_check(value)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only assign array (not \"%s\") to array slice",
                      kr_type_name_cstr(KR_TYPE(value)));
        return -1;
    }
    KrArray *b = KR_ARRAY(value);
    if (b->desc != a->desc) {
        kr_err_set_str(ts, &kr_exc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    int size = a->desc->size;
    intptr_t m = b->len;
    // Copy first: the source may be the array itself.
    char *src = kr_mem_alloc(ts, (size_t)m * size + 1);
    if (!src) {
        return -1;
    }
    memcpy(src, b->data, (size_t)m * size);
    int r = 0;
    if (step == 1) {
        intptr_t old = a->len;
        if (stop < start) {
            stop = start;
        }
        intptr_t tail = old - stop;
        if (m > n && kr_array_resize(ts, self, old + m - n) < 0) {
            r = -1;
        } else {
            memmove(a->data + (start + m) * size, a->data + stop * size, (size_t)tail * size);
            memcpy(a->data + start * size, src, (size_t)m * size);
            if (m < n) {
                r = kr_array_resize(ts, self, old + m - n);
            }
        }
    } else if (m != n) {
        kr_err_format(ts, &kr_exc_ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
                      (long long)m, (long long)n);
        r = -1;
    } else {
        for (intptr_t k = 0; k < n; k++) {
            memcpy(a->data + (start + k * step) * size, src + k * size, size);
        }
    }
    kr_mem_free(ts, src);
    return r;
}

static int array_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value) {
    if (KR_TYPE(key) == &kr_slice_type) {
        return assign_slice(ts, self, key, value);
    }
    if (!KR_INDEX_CHECK(key)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "array indices must be integers");
        return -1;
    }
    intptr_t i = resolve_index(ts, self, key, "array assignment index out of range");
    if (i < 0) {
        return -1;
    }
    if (value) {
        return kr_array_set(ts, self, i, value);
    }
    return delete_slice(ts, self, i, 1, 1);
}

static int array_contains(KrThread *ts, KrObject *self, KrObject *item) {
    for (intptr_t i = 0; i < KR_ARRAY(self)->len; i++) {
        KrObject *v = kr_array_get(ts, self, i);
        int eq = v ? kr_equal(ts, v, item) : -1;
        KR_XDECREF(ts, v);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

static KrObject *array_richcompare(KrThread *ts, KrObject *self, KrObject *other, int op) {
    if (!kr_array_check(self) || !kr_array_check(other)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrArray *a = KR_ARRAY(self), *b = KR_ARRAY(other);
    if (a->len != b->len && (op == KR_EQ || op == KR_NE)) {
        return kr_bool_from(op == KR_NE);
    }
    intptr_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        KrObject *x = kr_array_get(ts, self, i);
        KrObject *y = x ? kr_array_get(ts, other, i) : NULL;
        int eq = y ? kr_equal(ts, x, y) : -1;
        if (eq == 0) {
            KrObject *r = kr_compare(ts, x, y, op);
            KR_DECREF(ts, x);
            KR_DECREF(ts, y);
            return r;
        }
        KR_XDECREF(ts, x);
        KR_XDECREF(ts, y);
        if (eq < 0) {
            return NULL;
        }
    }
    intptr_t la = a->len, lb = b->len;
    bool r = op == KR_LT ? la < lb : op == KR_LE ? la <= lb : op == KR_EQ ? la == lb
           : op == KR_NE ? la != lb : op == KR_GT ? la > lb : la >= lb;
    return kr_bool_from(r);
}

static KrObject *array_concat(KrThread *ts, KrObject *x, KrObject *y) {
    if (!kr_array_check(x)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    if (!kr_array_check(y)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only append array (not \"%s\") to array",
                      kr_type_name_cstr(KR_TYPE(y)));
        return NULL;
    }
    KrArray *a = KR_ARRAY(x), *b = KR_ARRAY(y);
    if (a->desc != b->desc) {
        kr_err_set_str(ts, &kr_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    KrObject *r = kr_array_new(ts, &kr_array_type, a->desc, a->len + b->len);
    if (r) {
        memcpy(KR_ARRAY(r)->data, a->data, (size_t)a->len * a->desc->size);
        memcpy(KR_ARRAY(r)->data + a->len * a->desc->size, b->data, (size_t)b->len * a->desc->size);
    }
    return r;
}

static KrObject *array_inplace_concat(KrThread *ts, KrObject *x, KrObject *y) {
    if (!kr_array_check(x)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    if (!kr_array_check(y)) {
        kr_err_format(ts, &kr_exc_TypeError, "can only extend array with array (not \"%s\")",
                      kr_type_name_cstr(KR_TYPE(y)));
        return NULL;
    }
    if (kr_array_extend_iter(ts, x, y) < 0) {
        return NULL;
    }
    return KR_INCREF(x);
}

// Repeats the items of `a` n times into `dst` (which has room).
static void repeat_into(char *dst, const char *src, size_t bytes, intptr_t n) {
    for (intptr_t k = 0; k < n; k++) {
        memcpy(dst + k * bytes, src, bytes);
    }
}

// The array operand and repeat count of `x * y`; 0 when the pair does not apply.
static int repeat_args(KrThread *ts, KrObject *x, KrObject *y, KrObject **arr, intptr_t *n) {
    *arr = kr_array_check(x) ? x : y;
    KrObject *count = *arr == x ? y : x;
    if (!KR_INDEX_CHECK(count)) {
        if (*arr == x) {
            kr_err_format(ts, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%T'", count);
            return -1;
        }
        return 0;
    }
    *n = kr_index_as_ssize(ts, count, NULL);
    if (*n == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (*n < 0) {
        *n = 0;
    }
    intptr_t len = KR_ARRAY(*arr)->len;
    if (len && *n > INTPTR_MAX / len / KR_ARRAY(*arr)->desc->size) {
        kr_err_set_str(ts, &kr_exc_MemoryError, "");
        return -1;
    }
    return 1;
}

static KrObject *array_repeat(KrThread *ts, KrObject *x, KrObject *y) {
    KrObject *arr;
    intptr_t n;
    int ok = repeat_args(ts, x, y, &arr, &n);
    if (ok <= 0) {
        return ok < 0 ? NULL : KR_INCREF(KR_NOTIMPL);
    }
    KrArray *a = KR_ARRAY(arr);
    KrObject *r = kr_array_new(ts, &kr_array_type, a->desc, a->len * n);
    if (r) {
        repeat_into(KR_ARRAY(r)->data, a->data, (size_t)a->len * a->desc->size, n);
    }
    return r;
}

static KrObject *array_inplace_repeat(KrThread *ts, KrObject *x, KrObject *y) {
    KrObject *arr;
    intptr_t n;
    if (!kr_array_check(x)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    int ok = repeat_args(ts, x, y, &arr, &n);
    if (ok <= 0) {
        return ok < 0 ? NULL : KR_INCREF(KR_NOTIMPL);
    }
    KrArray *a = KR_ARRAY(x);
    size_t bytes = (size_t)a->len * a->desc->size;
    intptr_t old = a->len;
    if (n == 0 || old == 0) {
        if (kr_array_resize(ts, x, 0) < 0) {
            return NULL;
        }
        return KR_INCREF(x);
    }
    if (kr_array_resize(ts, x, old * n) < 0) {
        return NULL;
    }
    repeat_into(a->data + bytes, a->data, bytes, n - 1);
    return KR_INCREF(x);
}

static int array_buffer(KrThread *ts, KrObject *self, KrBuffer *b) {
    (void)ts;
    KrArray *a = KR_ARRAY(self);
    b->p = a->data;
    b->n = a->len * a->desc->size;
    // memoryview's name for wchar_t items (it cannot unpack them).
    b->format = a->desc->code == 'u' ? 'w' : a->desc->code;
    b->itemsize = a->desc->size;
    return 0;
}

static void array_buffer_exports(KrObject *self, int delta) {
    KR_ARRAY(self)->exports += delta;
}

// ---- iterator ---------------------------------------------------------------------------

typedef struct {
    KrObject base;
    KrObject *array; // NULL once exhausted
    intptr_t index;
} KrArrayIter;

static KrObject *array_iter(KrThread *ts, KrObject *self) {
    KrArrayIter *it = (KrArrayIter *)kr_object_alloc(ts, &kr_array_iter_type, sizeof(KrArrayIter));
    if (it) {
        it->array = KR_INCREF(self);
    }
    return (KrObject *)it;
}

static KrObject *iter_next(KrThread *ts, KrObject *self) {
    KrArrayIter *it = (KrArrayIter *)self;
    if (!it->array) {
        return NULL;
    }
    if (it->index >= KR_ARRAY(it->array)->len) {
        KR_CLEAR(ts, it->array);
        return NULL;
    }
    return kr_array_get(ts, it->array, it->index++);
}

static void iter_dealloc(KrThread *ts, KrObject *self) {
    KR_XDECREF(ts, ((KrArrayIter *)self)->array);
    kr_object_free(ts, self);
}

static void iter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrArrayIter *)self)->array, visit, arg);
}

KrType kr_array_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "array.arrayiterator",
    .basicsize = sizeof(KrArrayIter),
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .iter = kr_modsupport_self_iter,
    .iternext = iter_next,
};

KrType kr_array_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "array.array",
    .basicsize = sizeof(KrArray),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_SEQUENCE | KR_TYPE_WEAKREFABLE,
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "a bytes-like object, or iterable over elements of the\n"
           "appropriate type.\n",
    .dealloc = array_dealloc,
    .repr = array_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .new_ = array_new,
    .nb = {[KR_BINOP_ADD] = array_concat, [KR_BINOP_MULTIPLY] = array_repeat},
    .nb_inplace = {[KR_BINOP_ADD] = array_inplace_concat, [KR_BINOP_MULTIPLY] = array_inplace_repeat},
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .buffer = array_buffer,
    .buffer_exports = array_buffer_exports,
    .methods = kr_array_methods,
    .getsets = kr_array_getsets,
};
