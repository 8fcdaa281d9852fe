// SPDX-License-Identifier: MIT
// memoryview: N-dimensional views of struct-module native items over bytes and bytearray.
#include <string.h>

#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

#define MV(o) ((KrMemoryView *)(o))

// ---- item formats ------------------------------------------------------------------
// The native single-character formats cast() accepts, with their C sizes: 'l'
// follows the platform's C long (8 bytes on LP64 hosts, 4 on wasm32).

// K_OTHER: a format an exporter may have (array's 'w') whose items views can't convert.
enum { K_CHAR, K_SIGNED, K_UNSIGNED, K_BOOL, K_FLOAT, K_POINTER, K_OTHER };

static const struct {
    char code;
    unsigned char size, kind;
} formats[] = {
    {'c', 1, K_CHAR},
    {'b', 1, K_SIGNED},
    {'B', 1, K_UNSIGNED},
    {'?', sizeof(bool), K_BOOL},
    {'h', sizeof(short), K_SIGNED},
    {'H', sizeof(short), K_UNSIGNED},
    {'i', sizeof(int), K_SIGNED},
    {'I', sizeof(int), K_UNSIGNED},
    {'l', sizeof(long), K_SIGNED},
    {'L', sizeof(long), K_UNSIGNED},
    {'q', sizeof(long long), K_SIGNED},
    {'Q', sizeof(long long), K_UNSIGNED},
    {'n', sizeof(size_t), K_SIGNED},
    {'N', sizeof(size_t), K_UNSIGNED},
    {'f', sizeof(float), K_FLOAT},
    {'d', sizeof(double), K_FLOAT},
    {'P', sizeof(void *), K_POINTER},
};

// The table index of a format letter, -1 if it is not one.
static int format_index(char code) {
    for (int i = 0; i < (int)(sizeof formats / sizeof formats[0]); i++) {
        if (formats[i].code == code) {
            return i;
        }
    }
    return -1;
}

static int format_kind(char code) {
    int i = format_index(code);
    return i < 0 ? K_OTHER : formats[i].kind;
}

static bool is_byte_format(char code) {
    return code == 'B' || code == 'b' || code == 'c';
}

static uint64_t load_bits(const char *p, intptr_t size) {
    switch (size) {
    case 1:
        return (unsigned char)*p;
    case 2: {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    }
}

static void store_bits(char *p, intptr_t size, uint64_t bits) {
    switch (size) {
    case 1:
        *p = (char)(unsigned char)bits;
        break;
    case 2: {
        uint16_t v = (uint16_t)bits;
        memcpy(p, &v, 2);
        break;
    }
    case 4: {
        uint32_t v = (uint32_t)bits;
        memcpy(p, &v, 4);
        break;
    }
    default:
        memcpy(p, &bits, 8);
        break;
    }
}

// The item at p as a Python object.
static int unsupported_format(KrThread *ts, char code) {
    kr_err_format(ts, &kr_exc_NotImplementedError, "memoryview: format %c not supported", code);
    return -1;
}

static KrObject *unpack_item(KrThread *ts, char code, intptr_t size, const char *p) {
    switch (format_kind(code)) {
    case K_OTHER:
        unsupported_format(ts, code);
        return NULL;
    case K_CHAR:
        return kr_bytes_from(ts, p, 1);
    case K_BOOL:
        return KR_BOOL(load_bits(p, size) != 0);
    case K_FLOAT:
        if (code == 'f') {
            float f;
            memcpy(&f, p, sizeof f);
            return kr_float_from_double(ts, (double)f);
        } else {
            double d;
            memcpy(&d, p, sizeof d);
            return kr_float_from_double(ts, d);
        }
    case K_SIGNED: {
        uint64_t bits = load_bits(p, size);
        if (size < 8 && (bits >> (size * 8 - 1)) & 1) {
            bits |= ~(uint64_t)0 << (size * 8);
        }
        return kr_int_from_i64(ts, (int64_t)bits);
    }
    default:
        return kr_int_from_u64(ts, load_bits(p, size));
    }
}

static int bad_value(KrThread *ts, char code) {
    kr_err_format(ts, &kr_exc_ValueError, "memoryview: invalid value for format '%c'", code);
    return -1;
}

static int bad_type(KrThread *ts, char code) {
    kr_err_format(ts, &kr_exc_TypeError, "memoryview: invalid type for format '%c'", code);
    return -1;
}

// An integer item: the bits of v if it fits `size` bytes (signed, unsigned, or either for 'P').
static int pack_int(KrThread *ts, char code, intptr_t size, int kind, KrObject *v, uint64_t *bits) {
    if (!kr_int_check(v) && !KR_TYPE(v)->nb_index) {
        return bad_type(ts, code);
    }
    KrObject *i = kr_number_index(ts, v);
    if (!i) {
        return -1;
    }
    int sovf = 0, uovf = 0;
    int64_t s = kr_int_as_i64(i, &sovf);
    uint64_t u = kr_int_as_u64(i, &uovf);
    KR_DECREF(ts, i);
    int bits_n = (int)size * 8;
    bool sok = !sovf && (bits_n == 64 || (s >= -((int64_t)1 << (bits_n - 1)) && s < ((int64_t)1 << (bits_n - 1))));
    bool uok = !uovf && (bits_n == 64 || u < ((uint64_t)1 << bits_n));
    if (kind == K_SIGNED ? !sok : kind == K_UNSIGNED ? !uok : !sok && !uok) {
        return bad_value(ts, code);
    }
    *bits = sok ? (uint64_t)s : u;
    return 0;
}

static int pack_float(KrThread *ts, char code, KrObject *v, char *p) {
    // Numbers only: float() would also parse strings.
    if (!kr_float_check(v) && !kr_int_check(v) && !KR_TYPE(v)->nb_float && !KR_TYPE(v)->nb_index) {
        return bad_type(ts, code);
    }
    double d = kr_float_as_double(ts, v);
    if (d == -1.0 && kr_err_occurred(ts)) {
        if (kr_err_matches(ts, &kr_exc_OverflowError)) {
            kr_err_clear(ts);
            return bad_value(ts, code);
        }
        if (kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            return bad_type(ts, code);
        }
        return -1;
    }
    if (code == 'd') {
        memcpy(p, &d, sizeof d);
        return 0;
    }
    // Out of float's range rounds to an infinity, as in CPython.
    float f = (float)d;
    memcpy(p, &f, sizeof f);
    return 0;
}

// Stores v as one item at p, with memoryview's TypeError/ValueError wording.
static int pack_item(KrThread *ts, char code, intptr_t size, KrObject *v, char *p) {
    int kind = format_kind(code);
    switch (kind) {
    case K_OTHER:
        return unsupported_format(ts, code);
    case K_CHAR:
        if (!kr_bytes_check(v)) {
            return bad_type(ts, code);
        }
        if (KR_BYTES_SIZE(v) != 1) {
            return bad_value(ts, code);
        }
        *p = KR_BYTES_DATA(v)[0];
        return 0;
    case K_BOOL: {
        int t = kr_is_true(ts, v);
        if (t < 0) {
            return -1;
        }
        store_bits(p, size, (uint64_t)t);
        return 0;
    }
    case K_FLOAT:
        return pack_float(ts, code, v, p);
    default: {
        uint64_t bits;
        if (pack_int(ts, code, size, kind, v, &bits) < 0) {
            return -1;
        }
        store_bits(p, size, bits);
        return 0;
    }
    }
}

// ---- layout helpers ----------------------------------------------------------------

static int check_released(KrThread *ts, KrObject *o) {
    if (MV(o)->released) {
        kr_err_set_str(ts, &kr_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

// The exporter's first byte (never NULL, even for an empty bytearray).
static char *export_base(KrObject *obj) {
    const char *base;
    intptr_t n;
    if (kr_bytes_check(obj) || kr_bytearray_check(obj)) {
        kr_bytes_self(obj, &base, &n);
    } else {
        // Another exporter (array.array): its buffer slot cannot fail while
        // it is viewed (it refuses to resize), and needs no thread then.
        KrBuffer b;
        KR_TYPE(obj)->buffer(NULL, obj, &b);
        base = b.p;
    }
    return base ? (char *)base : (char *)"";
}

static char *view_start(const KrMemoryView *mv) {
    return export_base(mv->obj) + mv->offset;
}

static intptr_t item_count(const KrMemoryView *mv) {
    intptr_t n = 1;
    for (int d = 0; d < mv->ndim; d++) {
        n *= mv->shape[d];
    }
    return n;
}

// The address of the k-th item in C (row-major) or Fortran (column-major) order.
static char *flat_item(const KrMemoryView *mv, intptr_t k, bool fortran) {
    char *p = view_start(mv);
    for (int i = 0; i < mv->ndim; i++) {
        int d = fortran ? i : mv->ndim - 1 - i;
        p += (k % mv->shape[d]) * mv->strides[d];
        k /= mv->shape[d];
    }
    return p;
}

// Whether items follow each other without gaps, last dimension fastest (or first, for Fortran).
static bool is_contiguous(const KrMemoryView *mv, bool fortran) {
    if (item_count(mv) == 0) {
        return true;
    }
    intptr_t expect = mv->itemsize;
    for (int i = 0; i < mv->ndim; i++) {
        int d = fortran ? i : mv->ndim - 1 - i;
        if (mv->shape[d] > 1 && mv->strides[d] != expect) {
            return false;
        }
        expect *= mv->shape[d];
    }
    return true;
}

// A view of the whole of a bytes or bytearray, as a plain struct (no object):
// lets comparisons and assignments treat bytes-likes as 'B' views.
// Other exporters (array.array) are seen in their own item format.
static bool bytes_as_view(KrObject *o, KrMemoryView *out) {
    bool bytes = kr_bytes_check(o) || kr_bytearray_check(o);
    KrBuffer b = {.format = 'B', .itemsize = 1};
    if (!bytes && !(KR_TYPE(o)->buffer && KR_TYPE(o)->buffer(NULL, o, &b) == 0)) {
        return false;
    }
    memset(out, 0, sizeof *out);
    out->obj = o;
    out->itemsize = b.itemsize;
    out->ndim = 1;
    out->shape = &out->dims[0];
    out->strides = &out->dims[1];
    if (bytes) {
        const char *p;
        kr_bytes_self(o, &p, &out->dims[0]);
    } else {
        out->dims[0] = b.n / b.itemsize;
    }
    out->dims[1] = b.itemsize;
    out->code = b.format;
    out->format[0] = b.format;
    return true;
}

// A new view of obj with room for ndim dimensions; the caller fills the layout.
static KrMemoryView *view_alloc(KrThread *ts, KrObject *obj, int ndim, bool readonly) {
    intptr_t *dims = NULL;
    if (ndim > 1) {
        dims = kr_mem_alloc(ts, sizeof(intptr_t) * 2 * (size_t)ndim);
        if (!dims) {
            return NULL;
        }
    }
    KrMemoryView *mv = (KrMemoryView *)kr_object_alloc(ts, &kr_memoryview_type, sizeof(KrMemoryView));
    if (!mv) {
        kr_mem_free(ts, dims);
        return NULL;
    }
    mv->obj = KR_INCREF(obj);
    mv->ndim = ndim;
    mv->shape = dims ? dims : &mv->dims[0];
    mv->strides = dims ? dims + ndim : &mv->dims[1];
    mv->readonly = readonly;
    mv->hash = -1;
    if (kr_bytearray_check(obj)) {
        ((KrByteArray *)obj)->exports++;
    } else if (KR_TYPE(obj)->buffer_exports) {
        KR_TYPE(obj)->buffer_exports(obj, 1);
    }
    return mv;
}

// A copy of m's layout (shape, strides, format) over the same exporter.
static KrObject *view_copy(KrThread *ts, const KrMemoryView *m, bool readonly) {
    KrMemoryView *mv = view_alloc(ts, m->obj, m->ndim, readonly);
    if (!mv) {
        return NULL;
    }
    mv->offset = m->offset;
    mv->itemsize = m->itemsize;
    mv->code = m->code;
    memcpy(mv->format, m->format, sizeof mv->format);
    for (int d = 0; d < m->ndim; d++) {
        mv->shape[d] = m->shape[d];
        mv->strides[d] = m->strides[d];
    }
    return (KrObject *)mv;
}

static KrObject *view_of_bytes(KrThread *ts, KrObject *src, bool readonly) {
    KrMemoryView tmp;
    bytes_as_view(src, &tmp);
    return view_copy(ts, &tmp, readonly);
}

// A writable one-dimensional view of a buffer exporter (array.array) in its own format.
static KrObject *view_of_exporter(KrThread *ts, KrObject *src) {
    KrBuffer b;
    if (KR_TYPE(src)->buffer(ts, src, &b) < 0) {
        return NULL;
    }
    KrMemoryView *mv = view_alloc(ts, src, 1, false);
    if (!mv) {
        return NULL;
    }
    mv->itemsize = b.itemsize;
    mv->code = b.format;
    mv->format[0] = b.format;
    mv->shape[0] = b.n / b.itemsize;
    mv->strides[0] = b.itemsize;
    return (KrObject *)mv;
}

static void release(KrThread *ts, KrObject *o) {
    KrMemoryView *mv = MV(o);
    if (mv->released) {
        return;
    }
    mv->released = true;
    if (mv->obj && kr_bytearray_check(mv->obj)) {
        ((KrByteArray *)mv->obj)->exports--;
    } else if (mv->obj && KR_TYPE(mv->obj)->buffer_exports) {
        KR_TYPE(mv->obj)->buffer_exports(mv->obj, -1);
    }
    KR_CLEAR(ts, mv->obj);
}

// Copies the items into out (item_count * itemsize bytes) in C or Fortran order.
static void gather(const KrMemoryView *mv, char *out, bool fortran) {
    intptr_t n = item_count(mv);
    if (is_contiguous(mv, fortran)) {
        if (n) {
            memcpy(out, view_start(mv), (size_t)(n * mv->itemsize));
        }
        return;
    }
    for (intptr_t k = 0; k < n; k++) {
        memcpy(out + k * mv->itemsize, flat_item(mv, k, fortran), (size_t)mv->itemsize);
    }
}

static KrObject *to_bytes_order(KrThread *ts, const KrMemoryView *mv, bool fortran) {
    KrObject *r = kr_bytes_new(ts, item_count(mv) * mv->itemsize);
    if (r) {
        gather(mv, KR_BYTES_DATA(r), fortran);
    }
    return r;
}

// ---- the API other layers use ------------------------------------------------------

int kr_memoryview_data(KrThread *ts, KrObject *o, char **p, intptr_t *n) {
    if (check_released(ts, o) < 0) {
        return -1;
    }
    if (!is_contiguous(MV(o), false)) {
        kr_err_set_str(ts, &kr_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *p = view_start(MV(o));
    *n = item_count(MV(o)) * MV(o)->itemsize;
    return 0;
}

KrObject *kr_memoryview_tobytes(KrThread *ts, KrObject *o) {
    return check_released(ts, o) < 0 ? NULL : to_bytes_order(ts, MV(o), false);
}

// ---- construction and slots --------------------------------------------------------

static KrObject *memoryview_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    static const char *const names[] = {"object", NULL};
    KrObject *a[1];
    if (kr_parse_args(ts, "memoryview", args, nargs, kwnames, names, 1, 0, 1, a) < 0) {
        return NULL;
    }
    KrObject *src = a[0];
    if (kr_memoryview_check(src)) {
        if (check_released(ts, src) < 0) {
            return NULL;
        }
        return view_copy(ts, MV(src), MV(src)->readonly);
    }
    if (kr_bytes_check(src) || kr_bytearray_check(src)) {
        return view_of_bytes(ts, src, kr_bytes_check(src));
    }
    if (KR_TYPE(src)->buffer) {
        return view_of_exporter(ts, src);
    }
    kr_err_format(ts, &kr_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                  kr_type_name_cstr(KR_TYPE(src)));
    return NULL;
}

static void memoryview_dealloc(KrThread *ts, KrObject *o) {
    release(ts, o);
    if (MV(o)->shape != &MV(o)->dims[0]) {
        kr_mem_free(ts, MV(o)->shape);
    }
    kr_object_free(ts, o);
}

// A memoryview can sit in a cycle through a bytearray subclass's __dict__.
static void memoryview_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (MV(o)->obj) {
        visit(ts, MV(o)->obj, arg);
    }
}

static int memoryview_clear(KrThread *ts, KrObject *o) {
    release(ts, o);
    return 0;
}

static KrObject *memoryview_repr(KrThread *ts, KrObject *o) {
    return kr_str_from_format(ts, MV(o)->released ? "<released memory at %p>" : "<memory at %p>", (void *)o);
}

static intptr_t memoryview_len(KrThread *ts, KrObject *o) {
    if (check_released(ts, o) < 0) {
        return -1;
    }
    return MV(o)->ndim == 0 ? 1 : MV(o)->shape[0];
}

// The byte offset of index `key` along dimension d, or -1 with IndexError/TypeError.
static intptr_t dim_offset(KrThread *ts, const KrMemoryView *mv, int d, KrObject *key, intptr_t *off) {
    intptr_t i = kr_index_as_ssize(ts, key, NULL);
    if (i == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (i < 0) {
        i += mv->shape[d];
    }
    if (i < 0 || i >= mv->shape[d]) {
        kr_err_format(ts, &kr_exc_IndexError, "index out of bounds on dimension %d", d + 1);
        return -1;
    }
    *off += i * mv->strides[d];
    return 0;
}

// How a subscript addresses the view: KEY_SUBVIEW is one index into an N-d
// view, KEY_PARTIAL a tuple of fewer indexes than dimensions.
enum { KEY_ITEM, KEY_SLICE, KEY_ELLIPSIS, KEY_MULTISLICE, KEY_SUBVIEW, KEY_PARTIAL, KEY_BAD };

// Classifies key; for KEY_ITEM, *p is the item's address (errors: -1 with an exception).
static int classify_key(KrThread *ts, KrObject *o, KrObject *key, char **p) {
    KrMemoryView *mv = MV(o);
    if (key == KR_ELLIPSIS) {
        return mv->ndim == 0 ? KEY_ELLIPSIS : KEY_BAD;
    }
    if (mv->ndim == 0) {
        if (KR_TYPE(key) == &kr_tuple_type && KR_TUPLE_SIZE(key) == 0) {
            *p = view_start(mv);
            return KEY_ITEM;
        }
        kr_err_set_str(ts, &kr_exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (KR_INDEX_CHECK(key)) {
        if (mv->ndim > 1) {
            return KEY_SUBVIEW;
        }
        intptr_t off = 0;
        if (dim_offset(ts, mv, 0, key, &off) < 0) {
            return -1;
        }
        *p = view_start(mv) + off;
        return KEY_ITEM;
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        return KEY_SLICE;
    }
    if (KR_TYPE(key) != &kr_tuple_type) {
        return KEY_BAD;
    }
    intptr_t n = KR_TUPLE_SIZE(key);
    bool all_index = true, all_slice = true;
    for (intptr_t i = 0; i < n; i++) {
        KrObject *k = KR_TUPLE_ITEMS(key)[i];
        all_index = all_index && KR_INDEX_CHECK(k);
        all_slice = all_slice && KR_TYPE(k) == &kr_slice_type;
    }
    if (all_index) {
        if (n < mv->ndim) {
            return KEY_PARTIAL;
        }
        if (n > mv->ndim) {
            kr_err_format(ts, &kr_exc_TypeError, "cannot index %d-dimension view with %zd-element tuple", mv->ndim,
                          n);
            return -1;
        }
        intptr_t off = 0;
        for (int d = 0; d < mv->ndim; d++) {
            if (dim_offset(ts, mv, d, KR_TUPLE_ITEMS(key)[d], &off) < 0) {
                return -1;
            }
        }
        *p = view_start(mv) + off;
        return KEY_ITEM;
    }
    return all_slice ? KEY_MULTISLICE : KEY_BAD;
}

static void bad_key(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: invalid slice key");
}

static KrObject *memoryview_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    if (check_released(ts, o) < 0) {
        return NULL;
    }
    KrMemoryView *mv = MV(o);
    char *p = NULL;
    switch (classify_key(ts, o, key, &p)) {
    case KEY_ITEM:
        return unpack_item(ts, mv->code, mv->itemsize, p);
    case KEY_ELLIPSIS:
        return KR_INCREF(o);
    case KEY_SLICE: {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, mv->shape[0], &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        KrMemoryView *r = (KrMemoryView *)view_copy(ts, mv, mv->readonly);
        if (r) {
            r->offset += start * mv->strides[0];
            r->shape[0] = n;
            r->strides[0] *= step;
        }
        return (KrObject *)r;
    }
    case KEY_SUBVIEW:
        kr_err_set_str(ts, &kr_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        return NULL;
    case KEY_PARTIAL:
        kr_err_set_str(ts, &kr_exc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    case KEY_MULTISLICE:
        kr_err_set_str(ts, &kr_exc_NotImplementedError, "multi-dimensional slicing is not implemented");
        return NULL;
    case KEY_BAD:
        bad_key(ts);
        return NULL;
    default:
        return NULL;
    }
}

// view[slice] = buffer for a 1-D view: the source must have the same format and shape.
static int assign_slice(KrThread *ts, KrMemoryView *mv, KrObject *key, KrObject *value) {
    intptr_t start, stop, step;
    intptr_t n = kr_slice_indices(ts, key, mv->shape[0], &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    KrMemoryView tmp, *src = &tmp;
    if (kr_memoryview_check(value)) {
        if (check_released(ts, value) < 0) {
            return -1;
        }
        src = MV(value);
    } else if (!bytes_as_view(value, &tmp)) {
        kr_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                      kr_type_name_cstr(KR_TYPE(value)));
        return -1;
    }
    if (src->code != mv->code || src->itemsize != mv->itemsize || src->ndim != 1 || src->shape[0] != n) {
        kr_err_set_str(ts, &kr_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    // The source may overlap the destination: go through a copy.
    size_t size = (size_t)(n * mv->itemsize);
    char *copy = size ? kr_mem_alloc(ts, size) : NULL;
    if (size && !copy) {
        return -1;
    }
    gather(src, copy, false);
    char *base = view_start(mv) + start * mv->strides[0];
    for (intptr_t i = 0; i < n; i++) {
        memcpy(base + i * step * mv->strides[0], copy + i * mv->itemsize, (size_t)mv->itemsize);
    }
    kr_mem_free(ts, copy);
    return 0;
}

static int memoryview_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value) {
    if (check_released(ts, o) < 0) {
        return -1;
    }
    KrMemoryView *mv = MV(o);
    if (mv->readonly) {
        kr_err_set_str(ts, &kr_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        kr_err_set_str(ts, &kr_exc_TypeError, "cannot delete memory");
        return -1;
    }
    char *p = NULL;
    switch (classify_key(ts, o, key, &p)) {
    case KEY_ELLIPSIS:
        p = view_start(mv);
        // fallthrough
    case KEY_ITEM:
        return pack_item(ts, mv->code, mv->itemsize, value, p);
    case KEY_SLICE:
        if (mv->ndim != 1) {
            break;
        }
        return assign_slice(ts, mv, key, value);
    case KEY_SUBVIEW:
    case KEY_PARTIAL:
        kr_err_set_str(ts, &kr_exc_NotImplementedError, "sub-views are not implemented");
        return -1;
    case KEY_MULTISLICE:
        break;
    case KEY_BAD:
        bad_key(ts);
        return -1;
    default:
        return -1;
    }
    kr_err_set_str(ts, &kr_exc_NotImplementedError,
                   "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
}

// Item-wise equality of two views of the same shape.
static int views_equal(KrThread *ts, const KrMemoryView *a, const KrMemoryView *b) {
    if (a->ndim != b->ndim) {
        return 0;
    }
    for (int d = 0; d < a->ndim; d++) {
        if (a->shape[d] != b->shape[d]) {
            return 0;
        }
    }
    intptr_t n = item_count(a);
    // Same non-float format: items compare as bytes (as CPython does, also for
    // '?' bytes other than 0 and 1); floats have NaN and -0.0.
    bool raw = a->code == b->code && format_kind(a->code) != K_FLOAT;
    for (intptr_t k = 0; k < n; k++) {
        const char *pa = flat_item(a, k, false), *pb = flat_item(b, k, false);
        if (raw) {
            if (memcmp(pa, pb, (size_t)a->itemsize) != 0) {
                return 0;
            }
            continue;
        }
        KrObject *x = unpack_item(ts, a->code, a->itemsize, pa);
        KrObject *y = x ? unpack_item(ts, b->code, b->itemsize, pb) : NULL;
        int eq = y ? kr_compare_bool(ts, x, y, KR_EQ) : -1;
        KR_XDECREF(ts, x);
        KR_XDECREF(ts, y);
        if (eq <= 0) {
            return eq;
        }
    }
    return 1;
}

static KrObject *memoryview_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (op != KR_EQ && op != KR_NE) {
        return KR_NOTIMPL;
    }
    if (!kr_memoryview_check(a)) {
        KrObject *t = a;
        a = b;
        b = t;
    }
    int eq;
    KrMemoryView tmp;
    if (MV(a)->released || (kr_memoryview_check(b) && MV(b)->released)) {
        eq = a == b;
    } else if (kr_memoryview_check(b)) {
        eq = views_equal(ts, MV(a), MV(b));
    } else if (bytes_as_view(b, &tmp)) {
        eq = views_equal(ts, MV(a), &tmp);
    } else {
        return KR_NOTIMPL;
    }
    if (eq < 0) {
        return NULL;
    }
    return KR_BOOL(op == KR_EQ ? eq : !eq);
}

static KrHash memoryview_hash(KrThread *ts, KrObject *o) {
    KrMemoryView *mv = MV(o);
    if (mv->hash != -1) {
        return mv->hash;
    }
    if (check_released(ts, o) < 0) {
        return -1;
    }
    if (!mv->readonly) {
        kr_err_set_str(ts, &kr_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_format(mv->code)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    // The exporter must be hashable too (a read-only view of a bytearray is not).
    if (kr_hash(ts, mv->obj) == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    KrObject *b = to_bytes_order(ts, mv, false);
    if (!b) {
        return -1;
    }
    mv->hash = kr_hash(ts, b);
    KR_DECREF(ts, b);
    return mv->hash;
}

// iter(memoryview): a memory_iterator over a 1-D view that keeps the view alive.
typedef struct KrMemoryIter {
    KrObject base;
    KrObject *view; // NULL once exhausted
    intptr_t index;
} KrMemoryIter;

static KrObject *memoryview_iter(KrThread *ts, KrObject *o) {
    if (check_released(ts, o) < 0) {
        return NULL;
    }
    if (MV(o)->ndim == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    if (MV(o)->ndim > 1) {
        kr_err_set_str(ts, &kr_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        return NULL;
    }
    KrMemoryIter *it = (KrMemoryIter *)kr_object_alloc(ts, &kr_memoryview_iter_type, sizeof(KrMemoryIter));
    if (!it) {
        return NULL;
    }
    it->view = KR_INCREF(o);
    return (KrObject *)it;
}

static void memory_iter_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, ((KrMemoryIter *)o)->view);
    kr_object_free(ts, o);
}

static KrObject *memory_iter_next(KrThread *ts, KrObject *o) {
    KrMemoryIter *it = (KrMemoryIter *)o;
    if (!it->view) {
        return NULL;
    }
    if (check_released(ts, it->view) < 0) {
        return NULL;
    }
    KrMemoryView *mv = MV(it->view);
    if (it->index < mv->shape[0]) {
        const char *p = view_start(mv) + it->index++ * mv->strides[0];
        return unpack_item(ts, mv->code, mv->itemsize, p);
    }
    KR_CLEAR(ts, it->view);
    return NULL;
}

// ---- methods ---------------------------------------------------------------------------

static KrObject *memoryview_tobytes(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames) {
    static const char *const names[] = {"order", NULL};
    KrObject *a[1] = {NULL};
    if (kr_parse_args(ts, "tobytes", args, nargs, kwnames, names, 0, 0, 1, a) < 0 || check_released(ts, self) < 0) {
        return NULL;
    }
    bool fortran = false;
    if (a[0] && a[0] != KR_NONE) {
        if (!kr_str_check(a[0])) {
            kr_err_format(ts, &kr_exc_TypeError, "tobytes() argument 'order' must be str or None, not %s",
                          kr_type_name_cstr(KR_TYPE(a[0])));
            return NULL;
        }
        uint32_t c = KR_STR_LEN(a[0]) == 1 ? kr_str_char_at(a[0], 0) : 0;
        if (c != 'C' && c != 'F' && c != 'A') {
            kr_err_set_str(ts, &kr_exc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
        fortran = c == 'F' || (c == 'A' && is_contiguous(MV(self), true) && !is_contiguous(MV(self), false));
    }
    return to_bytes_order(ts, MV(self), fortran);
}

// The items of dimension d onward from p, as nested lists.
static KrObject *tolist_dim(KrThread *ts, const KrMemoryView *mv, const char *p, int d) {
    if (d == mv->ndim) {
        return unpack_item(ts, mv->code, mv->itemsize, p);
    }
    KrObject *list = kr_list_new(ts, mv->shape[d]);
    if (!list) {
        return NULL;
    }
    for (intptr_t i = 0; i < mv->shape[d]; i++) {
        KrObject *v = tolist_dim(ts, mv, p + i * mv->strides[d], d + 1);
        if (!v) {
            KR_DECREF(ts, list);
            return NULL;
        }
        KR_LIST_ITEMS(list)[i] = v;
    }
    return list;
}

static KrObject *memoryview_tolist(KrThread *ts, KrObject *self) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    return tolist_dim(ts, MV(self), view_start(MV(self)), 0);
}

static KrObject *memoryview_release(KrThread *ts, KrObject *self) {
    release(ts, self);
    return KR_NONE;
}

static KrObject *memoryview_toreadonly(KrThread *ts, KrObject *self) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    return view_copy(ts, MV(self), true);
}

static KrObject *memoryview_hex(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    KrObject *b = kr_memoryview_tobytes(ts, self);
    if (!b) {
        return NULL;
    }
    KrObject *meth = kr_getattr_cstr(ts, b, "hex");
    KR_DECREF(ts, b);
    if (!meth) {
        return NULL;
    }
    KrObject *r = kr_call(ts, meth, args, nargs, kwnames);
    KR_DECREF(ts, meth);
    return r;
}

// Parses cast()'s shape argument into dims (ndim entries); -1 with CPython's errors.
static int cast_shape(KrThread *ts, KrObject *shape, intptr_t *dims, int *ndim, intptr_t itemsize,
                      intptr_t nbytes) {
    if (KR_TYPE(shape) != &kr_list_type && KR_TYPE(shape) != &kr_tuple_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "shape must be a list or a tuple");
        return -1;
    }
    intptr_t n = KR_TYPE(shape) == &kr_list_type ? KR_LIST_SIZE(shape) : KR_TUPLE_SIZE(shape);
    if (n > KR_MEMORYVIEW_MAXDIM) {
        kr_err_format(ts, &kr_exc_ValueError, "memoryview: number of dimensions must not exceed %d",
                      KR_MEMORYVIEW_MAXDIM);
        return -1;
    }
    KrObject *const *items = KR_TYPE(shape) == &kr_list_type ? KR_LIST_ITEMS(shape) : KR_TUPLE_ITEMS(shape);
    intptr_t product = itemsize;
    bool too_big = false;
    for (intptr_t i = 0; i < n; i++) {
        if (!kr_int_check(items[i])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        int ovf = 0;
        int64_t v = kr_int_as_i64(items[i], &ovf);
        if (ovf) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        if (v <= 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        if (v > nbytes || product > nbytes / v) {
            too_big = true;
        } else {
            product *= (intptr_t)v;
            dims[i] = (intptr_t)v;
        }
    }
    if (too_big || product != nbytes) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    *ndim = (int)n;
    return 0;
}

// The format letter of a cast() destination ("x" or "@x"), 0 if it is not a native one.
static char cast_format(KrObject *f) {
    intptr_t n = KR_STR_LEN(f);
    uint32_t c = n == 1 ? kr_str_char_at(f, 0) : n == 2 && kr_str_char_at(f, 0) == '@' ? kr_str_char_at(f, 1) : 0;
    return c && c < 128 && format_index((char)c) >= 0 ? (char)c : 0;
}

static KrObject *memoryview_cast(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args(ts, "cast", args, nargs, kwnames, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    if (!kr_str_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "cast() argument 'format' must be str, not %s",
                      kr_arg_type_name(a[0]));
        return NULL;
    }
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    KrMemoryView *m = MV(self);
    if (!is_contiguous(m, false)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    KrObject *shape = a[1];
    if (shape || m->ndim != 1) {
        for (int d = 0; d < m->ndim; d++) {
            if (m->shape[d] == 0) {
                kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
                return NULL;
            }
        }
    }
    char code = cast_format(a[0]);
    if (!code) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "memoryview: destination format must be a native single character format prefixed with an "
                       "optional '@'");
        return NULL;
    }
    if (!is_byte_format(code) && !is_byte_format(m->code)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    intptr_t itemsize = formats[format_index(code)].size;
    intptr_t nbytes = item_count(m) * m->itemsize;
    intptr_t dims[KR_MEMORYVIEW_MAXDIM];
    int ndim = 1;
    if (shape) {
        intptr_t n = KR_TYPE(shape) == &kr_list_type    ? KR_LIST_SIZE(shape)
                     : KR_TYPE(shape) == &kr_tuple_type ? KR_TUPLE_SIZE(shape)
                                                        : 1;
        if (m->ndim != 1 && n != 1) {
            kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            return NULL;
        }
        if (cast_shape(ts, shape, dims, &ndim, itemsize, nbytes) < 0) {
            return NULL;
        }
    } else {
        if (nbytes % itemsize) {
            kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: length is not a multiple of itemsize");
            return NULL;
        }
        dims[0] = nbytes / itemsize;
    }
    KrMemoryView *r = view_alloc(ts, m->obj, ndim, m->readonly);
    if (!r) {
        return NULL;
    }
    r->offset = m->offset;
    r->itemsize = itemsize;
    r->code = code;
    size_t flen = (size_t)KR_STR_LEN(a[0]);
    r->format[0] = flen == 2 ? '@' : code;
    r->format[1] = flen == 2 ? code : 0;
    intptr_t stride = itemsize;
    for (int d = ndim - 1; d >= 0; d--) {
        r->shape[d] = dims[d];
        r->strides[d] = stride;
        stride *= dims[d];
    }
    return (KrObject *)r;
}

static KrObject *memoryview_enter(KrThread *ts, KrObject *self) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    return KR_INCREF(self);
}

static KrObject *memoryview_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    release(ts, self);
    return KR_NONE;
}

static const KrMethodDef memoryview_methods[] = {
    {"tobytes", (void *)memoryview_tobytes, KR_METH_VARARGS, false, false,
     "Return the data in the buffer as a byte string."},
    {"tolist", (void *)memoryview_tolist, KR_METH_NOARGS, false, false,
     "Return the data in the buffer as a list of elements."},
    {"release", (void *)memoryview_release, KR_METH_NOARGS, false, false,
     "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", (void *)memoryview_toreadonly, KR_METH_NOARGS, false, false,
     "Return a readonly version of the memoryview."},
    {"hex", (void *)memoryview_hex, KR_METH_VARARGS, false, false, "Return the data in the buffer as a str of hex."},
    {"cast", (void *)memoryview_cast, KR_METH_VARARGS, false, false, "Cast a memoryview to a new format or shape."},
    {"__enter__", (void *)memoryview_enter, KR_METH_NOARGS, false, false, NULL},
    {"__exit__", (void *)memoryview_exit, KR_METH_VARARGS, false, false,
     "Release the underlying buffer exposed by the memoryview object."},
    {NULL, NULL, 0, false, false, NULL},
};

// ---- attributes --------------------------------------------------------------------------

static KrObject *get_obj(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_INCREF(MV(self)->obj);
}
static KrObject *get_nbytes(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, item_count(MV(self)) * MV(self)->itemsize);
}
static KrObject *get_readonly(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(MV(self)->readonly);
}
static KrObject *get_itemsize(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, MV(self)->itemsize);
}
static KrObject *get_format(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_str_from_cstr(ts, MV(self)->format);
}
static KrObject *get_ndim(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, MV(self)->ndim);
}

static KrObject *int_tuple(KrThread *ts, const intptr_t *v, int n) {
    KrObject *t = kr_tuple_new(ts, n);
    for (int i = 0; t && i < n; i++) {
        KrObject *x = kr_int_from_i64(ts, v[i]);
        if (!x) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = x;
    }
    return t;
}

static KrObject *get_shape(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : int_tuple(ts, MV(self)->shape, MV(self)->ndim);
}
static KrObject *get_strides(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : int_tuple(ts, MV(self)->strides, MV(self)->ndim);
}
static KrObject *get_suboffsets(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_tuple_new(ts, 0);
}
static KrObject *get_c_contiguous(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(is_contiguous(MV(self), false));
}
static KrObject *get_f_contiguous(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(is_contiguous(MV(self), true));
}
static KrObject *get_contiguous(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL
                                        : KR_BOOL(is_contiguous(MV(self), false) || is_contiguous(MV(self), true));
}

static const KrGetSetDef memoryview_getsets[] = {
    {"obj", get_obj, NULL, "The underlying object of the memoryview."},
    {"nbytes", get_nbytes, NULL, "The amount of space in bytes that the array would use in a contiguous representation."},
    {"readonly", get_readonly, NULL, "A bool indicating whether the memory is read only."},
    {"itemsize", get_itemsize, NULL, "The size in bytes of each element of the memoryview."},
    {"format", get_format, NULL, "A string containing the format (in struct module style) for each element in the view."},
    {"ndim", get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional array the memory represents."},
    {"shape", get_shape, NULL, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array."},
    {"strides", get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access each element."},
    {"suboffsets", get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays."},
    {"contiguous", get_contiguous, NULL, "A bool indicating whether the memory is contiguous."},
    {"c_contiguous", get_c_contiguous, NULL, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", get_f_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_memoryview_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "memoryview",
    .basicsize = sizeof(KrMemoryView),
    .flags = KR_TYPE_GC | KR_TYPE_SEQUENCE | KR_TYPE_WEAKREFABLE,
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = memoryview_dealloc,
    .traverse = memoryview_traverse,
    .clear = memoryview_clear,
    .repr = memoryview_repr,
    .hash = memoryview_hash,
    .richcompare = memoryview_richcompare,
    .iter = memoryview_iter,
    .new_ = memoryview_new,
    .len = memoryview_len,
    .getitem = memoryview_getitem,
    .setitem = memoryview_setitem,
    .methods = memoryview_methods,
    .getsets = memoryview_getsets,
};

KrType kr_memoryview_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "memory_iterator",
    .basicsize = sizeof(KrMemoryIter),
    .dealloc = memory_iter_dealloc,
    .iter = kr_iter_self,
    .iternext = memory_iter_next,
};
