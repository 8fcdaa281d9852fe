// SPDX-License-Identifier: MIT
// memoryview: one-dimensional views over bytes, bytearray and other exporters (array.array),
// in the native struct formats.
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

// ---- helpers -----------------------------------------------------------------------

static int check_released(KrThread *ts, KrObject *o) {
    if (MV(o)->released) {
        kr_err_set_str(ts, &kr_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

// The address of item i (0 <= i < len); `step` is the byte stride.
static char *item_ptr(KrThread *ts, KrObject *o, intptr_t i) {
    KrMemoryView *mv = MV(o);
    const char *base;
    intptr_t n;
    if (kr_bytes_check(mv->obj) || kr_bytearray_check(mv->obj)) {
        kr_bytes_self(mv->obj, &base, &n);
    } else {
        // Another exporter (array.array): it cannot resize while viewed.
        KrBuffer b;
        KR_TYPE(mv->obj)->buffer(ts, mv->obj, &b);
        base = b.p;
    }
    return (char *)base + mv->offset + i * mv->step;
}

// The item size of a native struct format this view supports; 0 for others.
static int format_size(uint32_t f) {
    switch (f) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return (int)sizeof(short);
    case 'i': case 'I': case 'w': return 4;
    case 'l': case 'L': return (int)sizeof(long);
    case 'q': case 'Q': return 8;
    case 'n': case 'N': return (int)sizeof(size_t);
    case 'f': return 4;
    case 'd': return 8;
    default: return 0;
    }
}

static bool format_signed(char f) {
    return f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
}

static int format_unsupported(KrThread *ts, char format) {
    kr_err_format(ts, &kr_exc_NotImplementedError, "memoryview: format %c not supported", format);
    return -1;
}

// The item at p as a Python value.
static KrObject *unpack(KrThread *ts, char format, const char *p) {
    int size = format_size((unsigned char)format);
    if (format == 'c') {
        return kr_bytes_from(ts, p, 1);
    }
    if (format == '?') {
        return kr_bool_from(*p != 0);
    }
    if (format == 'f') {
        float v;
        memcpy(&v, p, 4);
        return kr_float_from_double(ts, (double)v);
    }
    if (format == 'd') {
        double v;
        memcpy(&v, p, 8);
        return kr_float_from_double(ts, v);
    }
    if (format == 'w') {
        format_unsupported(ts, format);
        return NULL;
    }
    uint64_t u = 0;
    uint8_t u1;
    uint16_t u2;
    uint32_t u4;
    if (size == 1) {
        memcpy(&u1, p, 1);
        u = u1;
    } else if (size == 2) {
        memcpy(&u2, p, 2);
        u = u2;
    } else if (size == 4) {
        memcpy(&u4, p, 4);
        u = u4;
    } else {
        memcpy(&u, p, 8);
    }
    if (!format_signed(format)) {
        return kr_int_from_u64(ts, u);
    }
    int shift = 64 - 8 * size;
    return kr_int_from_i64(ts, (int64_t)(u << shift) >> shift);
}

static KrObject *new_view(KrThread *ts, KrObject *obj, intptr_t offset, intptr_t len, intptr_t step, char format,
                          bool readonly) {
    KrMemoryView *mv = (KrMemoryView *)kr_object_alloc(ts, &kr_memoryview_type, sizeof(KrMemoryView));
    if (!mv) {
        return NULL;
    }
    mv->obj = KR_INCREF(obj);
    mv->offset = offset;
    mv->len = len;
    mv->step = step;
    mv->format = format;
    mv->itemsize = format_size((unsigned char)format);
    mv->readonly = readonly;
    mv->hash = -1;
    if (kr_bytearray_check(obj)) {
        ((KrByteArray *)obj)->exports++;
    } else if (KR_TYPE(obj)->buffer_exports) {
        KR_TYPE(obj)->buffer_exports(obj, 1);
    }
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

// Copies the viewed bytes into a new bytes.
static KrObject *to_bytes(KrThread *ts, KrObject *o) {
    KrMemoryView *mv = MV(o);
    KrObject *r = kr_bytes_new(ts, mv->len * mv->itemsize);
    if (r) {
        for (intptr_t i = 0; i < mv->len; i++) {
            memcpy(KR_BYTES_DATA(r) + i * mv->itemsize, item_ptr(ts, o, i), (size_t)mv->itemsize);
        }
    }
    return r;
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
        KrMemoryView *m = MV(src);
        return new_view(ts, m->obj, m->offset, m->len, m->step, m->format, m->readonly);
    }
    if (kr_bytes_check(src)) {
        return new_view(ts, src, 0, KR_BYTES_SIZE(src), 1, 'B', true);
    }
    if (kr_bytearray_check(src)) {
        return new_view(ts, src, 0, KR_BYTEARRAY_SIZE(src), 1, 'B', false);
    }
    if (KR_TYPE(src)->buffer) {
        KrBuffer b;
        if (KR_TYPE(src)->buffer(ts, src, &b) < 0) {
            return NULL;
        }
        return new_view(ts, src, 0, b.n / b.itemsize, b.itemsize, b.format, false);
    }
    kr_err_format(ts, &kr_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                  kr_type_name_cstr(KR_TYPE(src)));
    return NULL;
}

static void memoryview_dealloc(KrThread *ts, KrObject *o) {
    release(ts, o);
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
    return MV(o)->len;
}

static intptr_t item_index(KrThread *ts, KrObject *o, KrObject *key) {
    intptr_t i = kr_index_as_ssize(ts, key, NULL);
    if (i == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (i < 0) {
        i += MV(o)->len;
    }
    if (i < 0 || i >= MV(o)->len) {
        kr_err_set_str(ts, &kr_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return i;
}

static KrObject *memoryview_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    if (check_released(ts, o) < 0) {
        return NULL;
    }
    KrMemoryView *mv = MV(o);
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = item_index(ts, o, key);
        return i < 0 ? NULL : unpack(ts, mv->format, item_ptr(ts, o, i));
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, mv->len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        return new_view(ts, mv->obj, mv->offset + start * mv->step, n, mv->step * step, mv->format, mv->readonly);
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: invalid slice key");
    return NULL;
}

// Packs a value for the view's format into out (itemsize bytes).
static int pack(KrThread *ts, char format, KrObject *v, char *out) {
    if (format == 'c') {
        const char *p;
        intptr_t n;
        if (!kr_bytes_check(v) || (kr_bytes_buffer(ts, v, &p, &n), n != 1)) {
            kr_err_set_str(ts, &kr_exc_ValueError, "memoryview: invalid value for format 'c'");
            return -1;
        }
        *out = p[0];
        return 0;
    }
    if (format == 'w') {
        return format_unsupported(ts, format);
    }
    if (format == '?') {
        int t = kr_is_true(ts, v);
        if (t < 0) {
            return -1;
        }
        *out = (char)t;
        return 0;
    }
    if (format == 'f' || format == 'd') {
        if (!kr_float_check(v) && !kr_int_check(v) && !KR_TYPE(v)->nb_float && !KR_TYPE(v)->nb_index) {
            kr_err_format(ts, &kr_exc_TypeError, "memoryview: invalid type for format '%c'", format);
            return -1;
        }
        double d = kr_float_as_double(ts, v);
        if (d == -1.0 && kr_err_occurred(ts)) {
            return -1;
        }
        float f = (float)d;
        memcpy(out, format == 'f' ? (const void *)&f : (const void *)&d, format == 'f' ? 4 : 8);
        return 0;
    }
    if (!kr_int_check(v) && !KR_TYPE(v)->nb_index) {
        kr_err_format(ts, &kr_exc_TypeError, "memoryview: invalid type for format '%c'", format);
        return -1;
    }
    KrObject *i = kr_number_index(ts, v);
    if (!i) {
        return -1;
    }
    int size = format_size((unsigned char)format);
    int overflow = 0;
    int64_t x = kr_int_as_i64(i, &overflow);
    uint64_t u = (uint64_t)x;
    bool ok;
    if (format_signed(format)) {
        int64_t hi = size == 8 ? INT64_MAX : (INT64_C(1) << (size * 8 - 1)) - 1;
        ok = !overflow && x <= hi && x >= -hi - 1;
    } else if (overflow) {
        // Unsigned 64-bit values past INT64_MAX: 2**63 <= v < 2**64.
        ok = size == 8 && kr_int_sign(i) > 0 && kr_int_bit_length(i) == 64;
        if (ok) {
            KrInt *big = (KrInt *)i;
            u = 0;
            for (intptr_t d = big->size - 1; d >= 0; d--) {
                u = (u << KR_INT_SHIFT) | big->digits[d];
            }
        }
    } else {
        ok = x >= 0 && (size == 8 || (uint64_t)x < (UINT64_C(1) << (size * 8)));
    }
    KR_DECREF(ts, i);
    if (!ok) {
        kr_err_format(ts, &kr_exc_ValueError, "memoryview: invalid value for format '%c'", format);
        return -1;
    }
    uint8_t u1 = (uint8_t)u;
    uint16_t u2 = (uint16_t)u;
    uint32_t u4 = (uint32_t)u;
    memcpy(out, size == 1 ? (const void *)&u1 : size == 2 ? (const void *)&u2 : size == 4 ? (const void *)&u4
                                                                                         : (const void *)&u,
           (size_t)size);
    return 0;
}

// The format and item size of a bytes-like object that is not a memoryview.
static void exporter_format(KrThread *ts, KrObject *o, char *format, int *itemsize) {
    *format = 'B';
    *itemsize = 1;
    KrBuffer b;
    if (!kr_bytes_check(o) && !kr_bytearray_check(o) && KR_TYPE(o)->buffer && KR_TYPE(o)->buffer(ts, o, &b) == 0) {
        *format = b.format;
        *itemsize = b.itemsize;
    }
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
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = item_index(ts, o, key);
        char item[8];
        if (i < 0 || pack(ts, mv->format, value, item) < 0) {
            return -1;
        }
        memcpy(item_ptr(ts, o, i), item, (size_t)mv->itemsize);
        return 0;
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, mv->len, &start, &stop, &step);
        if (n < 0) {
            return -1;
        }
        const char *p;
        intptr_t pn;
        if (kr_bytes_buffer_req(ts, value, &p, &pn) < 0) {
            return -1;
        }
        char rformat = 'B';
        int rsize = 1;
        if (kr_memoryview_check(value)) {
            rformat = MV(value)->format;
            rsize = MV(value)->itemsize;
        } else {
            exporter_format(ts, value, &rformat, &rsize);
        }
        int size = mv->itemsize;
        if (pn != n * size || (size > 1 && (rformat != mv->format || rsize != size))) {
            kr_err_set_str(ts, &kr_exc_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        n *= size;
        // The source may overlap the destination: go through a copy.
        char *tmp = n ? kr_mem_alloc(ts, (size_t)n) : NULL;
        if (n && !tmp) {
            return -1;
        }
        if (n) {
            memcpy(tmp, p, (size_t)n);
        }
        for (intptr_t i = 0; i < n / size; i++) {
            memcpy(item_ptr(ts, o, start + i * step), tmp + i * size, (size_t)size);
        }
        if (tmp) {
            kr_mem_free(ts, tmp);
        }
        return 0;
    }
    kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static KrObject *memoryview_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (op != KR_EQ && op != KR_NE) {
        return KR_NOTIMPL;
    }
    if (a == b) {
        return KR_BOOL(op == KR_EQ);
    }
    if (!kr_memoryview_check(a)) {
        KrObject *t = a;
        a = b;
        b = t;
    }
    if (MV(a)->released || (kr_memoryview_check(b) && MV(b)->released)) {
        return KR_BOOL(op == KR_NE);
    }
    KrObject *view = NULL;
    if (!kr_memoryview_check(b)) {
        const char *p;
        intptr_t n;
        int r = kr_bytes_buffer(ts, b, &p, &n);
        if (r <= 0) {
            return r < 0 ? NULL : KR_NOTIMPL;
        }
        view = memoryview_new(ts, &kr_memoryview_type, &b, 1, NULL);
        if (!view) {
            return NULL;
        }
        b = view;
    }
    // Items compare as the values their formats unpack to.
    int eq = MV(a)->len == MV(b)->len;
    for (intptr_t i = 0; eq == 1 && i < MV(a)->len; i++) {
        KrObject *x = unpack(ts, MV(a)->format, item_ptr(ts, a, i));
        KrObject *y = x ? unpack(ts, MV(b)->format, item_ptr(ts, b, i)) : NULL;
        eq = y ? kr_equal(ts, x, y) : -1;
        KR_XDECREF(ts, x);
        KR_XDECREF(ts, y);
    }
    if (view) {
        release(ts, view);
        KR_DECREF(ts, view);
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
    if (mv->format != 'B' && mv->format != 'b' && mv->format != 'c') {
        kr_err_set_str(ts, &kr_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    KrObject *b = to_bytes(ts, o);
    if (!b) {
        return -1;
    }
    mv->hash = kr_hash(ts, b);
    KR_DECREF(ts, b);
    return mv->hash;
}

// iter(memoryview): a memory_iterator that keeps the view alive.
typedef struct KrMemoryIter {
    KrObject base;
    KrObject *view; // NULL once exhausted
    intptr_t index;
} KrMemoryIter;

static KrObject *memoryview_iter(KrThread *ts, KrObject *o) {
    if (check_released(ts, o) < 0) {
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

static KrObject *memory_iter_self(KrThread *ts, KrObject *o) {
    (void)ts;
    return KR_INCREF(o);
}

static KrObject *memory_iter_next(KrThread *ts, KrObject *o) {
    KrMemoryIter *it = (KrMemoryIter *)o;
    if (!it->view) {
        return NULL;
    }
    if (check_released(ts, it->view) < 0) {
        return NULL;
    }
    if (it->index < MV(it->view)->len) {
        return unpack(ts, MV(it->view)->format, item_ptr(ts, it->view, it->index++));
    }
    KR_CLEAR(ts, it->view);
    return NULL;
}

// ---- methods ---------------------------------------------------------------------------

static KrObject *memoryview_tobytes(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames) {
    static const char *const names[] = {"order", NULL};
    KrObject *a[1];
    if (kr_parse_args(ts, "tobytes", args, nargs, kwnames, names, 0, 0, 1, a) < 0 || check_released(ts, self) < 0) {
        return NULL;
    }
    return to_bytes(ts, self);
}

static KrObject *memoryview_tolist(KrThread *ts, KrObject *self) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    KrMemoryView *mv = MV(self);
    KrObject *list = kr_list_new(ts, mv->len);
    if (!list) {
        return NULL;
    }
    for (intptr_t i = 0; i < mv->len; i++) {
        KrObject *v = unpack(ts, mv->format, item_ptr(ts, self, i));
        if (!v) {
            KR_DECREF(ts, list);
            return NULL;
        }
        KR_LIST_ITEMS(list)[i] = v;
    }
    return list;
}

static KrObject *memoryview_release(KrThread *ts, KrObject *self) {
    release(ts, self);
    return KR_NONE;
}

static KrObject *memoryview_toreadonly(KrThread *ts, KrObject *self) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    KrMemoryView *m = MV(self);
    return new_view(ts, m->obj, m->offset, m->len, m->step, m->format, true);
}

static KrObject *memoryview_hex(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    KrObject *b = to_bytes(ts, self);
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

static KrObject *memoryview_cast(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    KrObject *a[2];
    if (kr_parse_args(ts, "cast", args, nargs, kwnames, names, 1, 0, 2, a) < 0 || check_released(ts, self) < 0) {
        return NULL;
    }
    if (!kr_str_check(a[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "memoryview: format argument must be a string");
        return NULL;
    }
    KrMemoryView *m = MV(self);
    if (m->step != m->itemsize && m->len > 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    intptr_t fl = KR_STR_LEN(a[0]);
    uint32_t f = fl == 1 ? kr_str_char_at(a[0], 0) : fl == 2 && kr_str_char_at(a[0], 0) == '@' ? kr_str_char_at(a[0], 1) : 0;
    int size = f == 'w' ? 0 : format_size(f);
    if (!size) {
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "memoryview: destination format must be a native single character format prefixed with an "
                       "optional '@'");
        return NULL;
    }
    bool byte_src = m->format == 'B' || m->format == 'b' || m->format == 'c';
    if (!byte_src && f != 'B' && f != 'b' && f != 'c') {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    intptr_t nbytes = m->len * m->itemsize;
    if (nbytes % size) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    return new_view(ts, m->obj, m->offset, nbytes / size, size, (char)f, m->readonly);
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
    {"__exit__", (void *)memoryview_exit, KR_METH_VARARGS, false, false, "Release the underlying buffer exposed by the memoryview object."},
    {NULL, NULL, 0, false, false, NULL},
};

// ---- attributes --------------------------------------------------------------------------

static KrObject *get_obj(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_INCREF(MV(self)->obj);
}
static KrObject *get_nbytes(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, MV(self)->len * MV(self)->itemsize);
}
static KrObject *get_readonly(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(MV(self)->readonly);
}
static KrObject *get_itemsize(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, MV(self)->itemsize);
}
static KrObject *get_format(KrThread *ts, KrObject *self) {
    if (check_released(ts, self) < 0) {
        return NULL;
    }
    char f[2] = {MV(self)->format, 0};
    return kr_str_from_cstr(ts, f);
}
static KrObject *get_ndim(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, 1);
}

static KrObject *one_tuple(KrThread *ts, intptr_t v) {
    KrObject *i = kr_int_from_i64(ts, v);
    if (!i) {
        return NULL;
    }
    KrObject *t = kr_tuple_pack(ts, 1, i);
    KR_DECREF(ts, i);
    return t;
}

static KrObject *get_shape(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : one_tuple(ts, MV(self)->len);
}
static KrObject *get_strides(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : one_tuple(ts, MV(self)->step);
}
static KrObject *get_suboffsets(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_tuple_new(ts, 0);
}
static KrObject *get_contiguous(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(MV(self)->step == MV(self)->itemsize || MV(self)->len <= 1);
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
    {"c_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous."},
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
    .iter = memory_iter_self,
    .iternext = memory_iter_next,
};
