// SPDX-License-Identifier: MIT
// memoryview: one-dimensional views over bytes and bytearray: bytes ('B', 'b', 'c'), and
// read-only items of the other native formats (cast('I'), ...).
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

// The address of item i (0 <= i < len).
static char *item_ptr(KrObject *o, intptr_t i) {
    KrMemoryView *mv = MV(o);
    const char *base;
    intptr_t n;
    kr_bytes_self(mv->obj, &base, &n);
    return (char *)base + mv->offset + i * mv->step;
}

static KrObject *unpack(KrThread *ts, char format, unsigned char c) {
    if (format == 'c') {
        char ch = (char)c;
        return kr_bytes_from(ts, &ch, 1);
    }
    return kr_int_from_i64(ts, format == 'b' ? (int64_t)(signed char)c : (int64_t)c);
}

// The size of an item of a native struct format ('B', 'I', 'd', ...); 0 if unsupported.
static int format_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return (int)sizeof(long);
    case 'n': case 'N': return (int)sizeof(size_t);
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static bool is_byte_format(char f) {
    return f == 'B' || f == 'b' || f == 'c';
}

// Item i of any format (multi-byte items are read in native byte order).
static KrObject *item_get(KrThread *ts, KrObject *o, intptr_t i) {
    char f = MV(o)->format;
    const char *p = item_ptr(o, i);
    if (is_byte_format(f)) {
        return unpack(ts, f, (unsigned char)*p);
    }
    union {
        int16_t h; uint16_t H; int32_t i; uint32_t I; int64_t q; uint64_t Q; long l; unsigned long L;
        intptr_t n; size_t N; float f; double d; unsigned char b;
    } u;
    memcpy(&u, p, (size_t)format_size(f));
    switch (f) {
    case '?': return KR_BOOL(u.b != 0);
    case 'h': return kr_int_from_i64(ts, u.h);
    case 'H': return kr_int_from_i64(ts, u.H);
    case 'i': return kr_int_from_i64(ts, u.i);
    case 'I': return kr_int_from_i64(ts, u.I);
    case 'l': return kr_int_from_i64(ts, u.l);
    case 'L': return kr_int_from_u64(ts, u.L);
    case 'n': return kr_int_from_i64(ts, u.n);
    case 'N': return kr_int_from_u64(ts, u.N);
    case 'q': return kr_int_from_i64(ts, u.q);
    case 'Q': return kr_int_from_u64(ts, u.Q);
    case 'f': return kr_float_from_double(ts, u.f);
    default: return kr_float_from_double(ts, u.d);
    }
}

static int64_t item_value(char format, unsigned char c) {
    return format == 'b' ? (int64_t)(signed char)c : (int64_t)c;
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
    mv->readonly = readonly;
    mv->hash = -1;
    if (kr_bytearray_check(obj)) {
        ((KrByteArray *)obj)->exports++;
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
    }
    KR_CLEAR(ts, mv->obj);
}

// Copies the viewed bytes into a new bytes.
static KrObject *to_bytes(KrThread *ts, KrObject *o) {
    KrMemoryView *mv = MV(o);
    intptr_t size = format_size(mv->format);
    KrObject *r = kr_bytes_new(ts, mv->len * size);
    if (r) {
        for (intptr_t i = 0; i < mv->len; i++) {
            memcpy(KR_BYTES_DATA(r) + i * size, item_ptr(o, i), (size_t)size);
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
        return i < 0 ? NULL : item_get(ts, o, i);
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

// Packs a value for the view's format into *out.
static int pack(KrThread *ts, char format, KrObject *v, unsigned char *out) {
    if (format == 'c') {
        const char *p;
        intptr_t n;
        if (!kr_bytes_check(v) || (kr_bytes_buffer(ts, v, &p, &n), n != 1)) {
            kr_err_set_str(ts, &kr_exc_ValueError, "memoryview: invalid value for format 'c'");
            return -1;
        }
        *out = (unsigned char)p[0];
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
    int overflow = 0;
    int64_t x = kr_int_as_i64(i, &overflow);
    KR_DECREF(ts, i);
    int64_t lo = format == 'b' ? -128 : 0, hi = format == 'b' ? 127 : 255;
    if (overflow || x < lo || x > hi) {
        kr_err_format(ts, &kr_exc_ValueError, "memoryview: invalid value for format '%c'", format);
        return -1;
    }
    *out = (unsigned char)x;
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
    if (!is_byte_format(mv->format)) {
        kr_err_set_str(ts, &kr_exc_NotImplementedError, "memoryview: assignment to multi-byte formats is not supported");
        return -1;
    }
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = item_index(ts, o, key);
        unsigned char c;
        if (i < 0 || pack(ts, mv->format, value, &c) < 0) {
            return -1;
        }
        *item_ptr(o, i) = (char)c;
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
        if (pn != n) {
            kr_err_set_str(ts, &kr_exc_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        // The source may overlap the destination: go through a copy.
        char *tmp = n ? kr_mem_alloc(ts, (size_t)n) : NULL;
        if (n && !tmp) {
            return -1;
        }
        if (n) {
            memcpy(tmp, p, (size_t)n);
        }
        for (intptr_t i = 0; i < n; i++) {
            *item_ptr(o, start + i * step) = tmp[i];
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
    bool eq;
    if (MV(a)->released || (kr_memoryview_check(b) && MV(b)->released)) {
        eq = false;
    } else if (kr_memoryview_check(b) && (!is_byte_format(MV(a)->format) || !is_byte_format(MV(b)->format))) {
        // Items of other formats compare as the values they unpack to.
        eq = MV(a)->len == MV(b)->len;
        for (intptr_t i = 0; eq && i < MV(a)->len; i++) {
            KrObject *x = item_get(ts, a, i);
            KrObject *y = x ? item_get(ts, b, i) : NULL;
            int r = y ? kr_equal(ts, x, y) : -1;
            KR_XDECREF(ts, x);
            KR_XDECREF(ts, y);
            if (r < 0) {
                return NULL;
            }
            eq = r;
        }
    } else if (!is_byte_format(MV(a)->format)) {
        return KR_NOTIMPL;
    } else if (kr_memoryview_check(b)) {
        eq = MV(a)->len == MV(b)->len;
        for (intptr_t i = 0; eq && i < MV(a)->len; i++) {
            eq = item_value(MV(a)->format, (unsigned char)*item_ptr(a, i)) ==
                 item_value(MV(b)->format, (unsigned char)*item_ptr(b, i));
        }
    } else {
        const char *p;
        intptr_t n;
        int r = kr_bytes_buffer(ts, b, &p, &n);
        if (r < 0) {
            return NULL;
        }
        if (r == 0) {
            return KR_NOTIMPL;
        }
        eq = MV(a)->len == n;
        for (intptr_t i = 0; eq && i < n; i++) {
            eq = item_value(MV(a)->format, (unsigned char)*item_ptr(a, i)) == (unsigned char)p[i];
        }
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
    if (!is_byte_format(mv->format)) {
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
        return item_get(ts, it->view, it->index++);
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
        KrObject *v = item_get(ts, self, i);
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
    intptr_t size = format_size(m->format);
    if (m->step != size && m->len > 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    intptr_t fl = KR_STR_LEN(a[0]);
    uint32_t f = fl == 1 ? kr_str_char_at(a[0], 0) : fl == 2 && kr_str_char_at(a[0], 0) == '@' ? kr_str_char_at(a[0], 1) : 0;
    int nsize = f < 128 ? format_size((char)f) : 0;
    if (!nsize) {
        if (f && strchr("eP", (int)f)) {
            kr_err_set_str(ts, &kr_exc_NotImplementedError, "memoryview: casts to this format are not supported");
            return NULL;
        }
        kr_err_set_str(ts, &kr_exc_ValueError,
                       "memoryview: destination format must be a native single character format prefixed with an "
                       "optional '@'");
        return NULL;
    }
    if (!is_byte_format(m->format) && !is_byte_format((char)f)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    intptr_t nbytes = m->len * size;
    if (nbytes % nsize) {
        kr_err_set_str(ts, &kr_exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    return new_view(ts, m->obj, m->offset, nbytes / nsize, nsize, (char)f, m->readonly);
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
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, MV(self)->len * format_size(MV(self)->format));
}
static KrObject *get_readonly(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(MV(self)->readonly);
}
static KrObject *get_itemsize(KrThread *ts, KrObject *self) {
    return check_released(ts, self) < 0 ? NULL : kr_int_from_i64(ts, format_size(MV(self)->format));
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
    return check_released(ts, self) < 0 ? NULL : KR_BOOL(MV(self)->step == format_size(MV(self)->format) || MV(self)->len <= 1);
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
