// SPDX-License-Identifier: MIT
// bytearray: mutable byte strings — storage, slots, mutation methods and the iterator.
#include <string.h>

#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

#define BA(o) ((KrByteArray *)(o))

// ---- storage ----------------------------------------------------------------------------

// Grows or shrinks the buffer, over-allocating on growth as CPython does so
// that appends are amortized O(1). Refused while memoryviews are exported.
int kr_bytearray_resize(KrThread *ts, KrObject *o, intptr_t size) {
    KrByteArray *ba = BA(o);
    if (size == ba->size) {
        return 0;
    }
    if (ba->exports > 0) {
        kr_err_set_str(ts, &kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size < 0 || size > INTPTR_MAX / 2) {
        kr_err_no_memory(ts);
        return -1;
    }
    // CPython's policy (visible through __alloc__ and sys.getsizeof): a big
    // jump or a shrink below half gets the exact size plus the NUL; a modest
    // growth over-allocates by an eighth plus a little.
    if (size + 1 > ba->alloc || size < ba->alloc / 2) {
        intptr_t alloc = size + 1;
        if (size + 1 > ba->alloc && size <= ba->alloc + ba->alloc / 8) {
            alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        }
        char *p = kr_mem_realloc(ts, ba->data, (size_t)alloc);
        if (!p) {
            return -1;
        }
        ba->data = p;
        ba->alloc = alloc;
    }
    ba->size = size;
    ba->data[size] = '\0';
    return 0;
}

static KrObject *alloc_bytearray(KrThread *ts, KrType *type) {
    size_t size = type->basicsize > sizeof(KrByteArray) ? type->basicsize : sizeof(KrByteArray);
    return kr_object_alloc(ts, type, size);
}

KrObject *kr_bytearray_from(KrThread *ts, const char *s, intptr_t len) {
    KrObject *o = alloc_bytearray(ts, &kr_bytearray_type);
    if (!o) {
        return NULL;
    }
    if (len > 0) {
        if (kr_bytearray_resize(ts, o, len) < 0) {
            KR_DECREF(ts, o);
            return NULL;
        }
        if (s) {
            memcpy(BA(o)->data, s, (size_t)len);
        }
    }
    return o;
}

// Replaces data[start:stop] by src[0:n] (src may alias the bytearray itself).
static int splice(KrThread *ts, KrObject *o, intptr_t start, intptr_t stop, const char *src, intptr_t n) {
    KrByteArray *ba = BA(o);
    char *tmp = NULL;
    if (n > 0 && ba->data && src >= ba->data && src < ba->data + ba->alloc) {
        tmp = kr_mem_alloc(ts, (size_t)n);
        if (!tmp) {
            return -1;
        }
        memcpy(tmp, src, (size_t)n);
        src = tmp;
    }
    intptr_t old = ba->size, removed = stop - start, grow = n - removed;
    int rc = 0;
    if (grow > 0) {
        rc = kr_bytearray_resize(ts, o, old + grow);
        if (rc == 0) {
            memmove(ba->data + stop + grow, ba->data + stop, (size_t)(old - stop));
        }
    } else if (grow < 0) {
        if (ba->exports > 0) {
            kr_err_set_str(ts, &kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
            rc = -1;
        } else {
            memmove(ba->data + stop + grow, ba->data + stop, (size_t)(old - stop));
            rc = kr_bytearray_resize(ts, o, old + grow);
        }
    }
    if (rc == 0 && n > 0) {
        memcpy(ba->data + start, src, (size_t)n);
    }
    if (tmp) {
        kr_mem_free(ts, tmp);
    }
    return rc;
}

// ---- construction -------------------------------------------------------------------

static KrObject *bytearray_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return alloc_bytearray(ts, type);
}

static int bytearray_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    KrObject *a[3];
    if (kr_bytes_methods_bind(ts, "bytearray", args, nargs, kwnames, names, 3, a) < 0) {
        return -1;
    }
    for (int i = 1; i < 3; i++) {
        if (a[i] && !kr_str_check(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "bytearray() argument '%s' must be str, not %s", names[i],
                          kr_type_name_cstr(KR_TYPE(a[i])));
            return -1;
        }
    }
    KrByteBuf buf = {0};
    if (kr_bytes_source(ts, "bytearray", a[0], a[1], a[2], &buf) < 0 ||
        kr_bytearray_resize(ts, self, buf.n) < 0) {
        kr_bytes_buf_discard(ts, &buf);
        return -1;
    }
    if (buf.n) {
        memcpy(BA(self)->data, buf.p, (size_t)buf.n);
    }
    kr_bytes_buf_discard(ts, &buf);
    return 0;
}

// ---- slots -------------------------------------------------------------------------------

static void bytearray_dealloc(KrThread *ts, KrObject *o) {
    if (BA(o)->data) {
        kr_mem_free(ts, BA(o)->data);
    }
    kr_object_free(ts, o);
}

static KrObject *bytearray_repr(KrThread *ts, KrObject *o) {
    char prefix[128];
    const char *name = kr_type_name_cstr(KR_TYPE(o));
    size_t len = strlen(name);
    if (len > sizeof prefix - 3) {
        len = sizeof prefix - 3;
    }
    memcpy(prefix, name, len);
    memcpy(prefix + len, "(b", 3);
    const char *p;
    intptr_t n;
    kr_bytes_self(o, &p, &n);
    return kr_bytes_repr_data(ts, p, n, prefix, ")", true);
}

static KrObject *bytearray_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    const char *x, *y;
    intptr_t xn, yn;
    int ra = kr_bytes_buffer(ts, a, &x, &xn);
    if (ra < 0) {
        return NULL;
    }
    int rb = ra ? kr_bytes_buffer(ts, b, &y, &yn) : 0;
    if (rb < 0) {
        return NULL;
    }
    if (!ra || !rb) {
        return KR_NOTIMPL;
    }
    return KR_BOOL(kr_bytes_compare_mem(x, xn, y, yn, op));
}

static intptr_t bytearray_len(KrThread *ts, KrObject *o) {
    (void)ts;
    return BA(o)->size;
}

// A normalized index into the bytearray, or -1 with IndexError.
static intptr_t item_index(KrThread *ts, KrObject *o, KrObject *key) {
    intptr_t i = kr_index_as_ssize(ts, key, NULL);
    if (i == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (i < 0) {
        i += BA(o)->size;
    }
    if (i < 0 || i >= BA(o)->size) {
        kr_err_set_str(ts, &kr_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    return i;
}

static KrObject *bytearray_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    KrByteArray *ba = BA(o);
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = item_index(ts, o, key);
        return i < 0 ? NULL : kr_int_from_i64(ts, (unsigned char)ba->data[i]);
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, ba->size, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            return kr_bytearray_from(ts, ba->data ? ba->data + start : NULL, n);
        }
        KrObject *r = kr_bytearray_from(ts, NULL, n);
        if (r) {
            for (intptr_t i = 0, j = start; i < n; i++, j += step) {
                BA(r)->data[i] = ba->data[j];
            }
        }
        return r;
    }
    kr_err_format(ts, &kr_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                  kr_type_name_cstr(KR_TYPE(key)));
    return NULL;
}

// The bytes of a slice assignment's right-hand side into buf.
static int assign_source(KrThread *ts, KrObject *value, KrByteBuf *buf) {
    const char *p;
    intptr_t n;
    int r = kr_bytes_buffer(ts, value, &p, &n);
    if (r < 0) {
        // A non-contiguous memoryview is copied in C order (released ones raise again).
        kr_err_clear(ts);
        return kr_bytes_source(ts, "bytearray", value, NULL, NULL, buf);
    }
    if (r == 1) {
        return kr_bytes_buf_add(ts, buf, p, n);
    }
    if (KR_INDEX_CHECK(value) || kr_str_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return kr_bytes_source(ts, "bytearray", value, NULL, NULL, buf);
}

static int setslice(KrThread *ts, KrObject *o, KrObject *key, KrObject *value) {
    KrByteArray *ba = BA(o);
    intptr_t start, stop, step;
    intptr_t n = kr_slice_indices(ts, key, ba->size, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (!value) {
        if (step == 1) {
            return splice(ts, o, start, stop < start ? start : stop, NULL, 0);
        }
        if (n == 0) {
            return 0;
        }
        if (ba->exports > 0) {
            kr_err_set_str(ts, &kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
            return -1;
        }
        // Delete every step-th byte by compacting the survivors.
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        intptr_t w = start;
        for (intptr_t r = start; r < ba->size; r++) {
            if (r >= start && (r - start) % step == 0 && (r - start) / step < n) {
                continue;
            }
            ba->data[w++] = ba->data[r];
        }
        return kr_bytearray_resize(ts, o, w);
    }
    KrByteBuf buf = {0};
    if (assign_source(ts, value, &buf) < 0) {
        kr_bytes_buf_discard(ts, &buf);
        return -1;
    }
    int rc;
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        rc = splice(ts, o, start, stop, buf.p, buf.n);
    } else if (buf.n != n) {
        kr_err_format(ts, &kr_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                      buf.n, n);
        rc = -1;
    } else {
        for (intptr_t i = 0, j = start; i < n; i++, j += step) {
            ba->data[j] = buf.p[i];
        }
        rc = 0;
    }
    kr_bytes_buf_discard(ts, &buf);
    return rc;
}

static int bytearray_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value) {
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = item_index(ts, o, key);
        if (i < 0) {
            return -1;
        }
        if (!value) {
            return splice(ts, o, i, i + 1, NULL, 0);
        }
        unsigned char c;
        if (kr_bytes_byte_value(ts, value, &c) < 0) {
            return -1;
        }
        BA(o)->data[i] = (char)c;
        return 0;
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        return setslice(ts, o, key, value);
    }
    kr_err_format(ts, &kr_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                  kr_type_name_cstr(KR_TYPE(key)));
    return -1;
}

static int bytearray_contains(KrThread *ts, KrObject *o, KrObject *item) {
    const char *p;
    intptr_t n;
    kr_bytes_self(o, &p, &n);
    return kr_bytes_contains_in(ts, p, n, item);
}

static KrObject *bytearray_add(KrThread *ts, KrObject *a, KrObject *b) {
    if (!kr_bytearray_check(a)) {
        return KR_NOTIMPL;
    }
    const char *q;
    intptr_t qn;
    int r = kr_bytes_buffer(ts, b, &q, &qn);
    if (r < 0) {
        // A released or non-contiguous memoryview: CPython words it as any non-buffer.
        kr_err_clear(ts);
        r = 0;
    }
    if (r == 0) {
        if ((KR_TYPE(b)->flags & KR_TYPE_HEAP) && KR_TYPE(b)->nb[KR_BINOP_ADD] != NULL) {
            return KR_NOTIMPL;
        }
        kr_err_format(ts, &kr_exc_TypeError, "can't concat %s to %s", kr_type_name_cstr(KR_TYPE(b)),
                      kr_type_name_cstr(KR_TYPE(a)));
        return NULL;
    }
    intptr_t an = BA(a)->size;
    KrObject *res = kr_bytearray_from(ts, NULL, an + qn);
    // Either side may be empty with a NULL buffer: memcpy needs real pointers.
    if (res && an > 0) {
        memcpy(BA(res)->data, BA(a)->data, (size_t)an);
    }
    if (res && qn > 0) {
        memcpy(BA(res)->data + an, q, (size_t)qn);
    }
    return res;
}

static KrObject *bytearray_iadd(KrThread *ts, KrObject *a, KrObject *b) {
    const char *q;
    intptr_t qn;
    // CPython holds a buffer of b while growing a: `ba += ba` finds it exported.
    if (a == b && BA(a)->size > 0) {
        kr_err_set_str(ts, &kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return NULL;
    }
    if (kr_bytes_buffer(ts, b, &q, &qn) <= 0) {
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_TypeError, "can't concat %s to %s", kr_type_name_cstr(KR_TYPE(b)),
                      kr_type_name_cstr(KR_TYPE(a)));
        return NULL;
    }
    if (splice(ts, a, BA(a)->size, BA(a)->size, q, qn) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

static KrObject *bytearray_multiply(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *seq = a, *count = b;
    if (!kr_bytearray_check(a)) {
        seq = b;
        count = a;
    }
    intptr_t n = kr_bytes_repeat_count(ts, count);
    if (n < 0) {
        return n == -2 ? KR_NOTIMPL : NULL;
    }
    intptr_t size = BA(seq)->size;
    if (size && n > INTPTR_MAX / 2 / size) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_bytearray_from(ts, NULL, size * n);
    if (res) {
        for (intptr_t i = 0; i < n; i++) {
            memcpy(BA(res)->data + i * size, BA(seq)->data, (size_t)size);
        }
    }
    return res;
}

static KrObject *bytearray_imultiply(KrThread *ts, KrObject *a, KrObject *b) {
    intptr_t n = kr_bytes_repeat_count(ts, b);
    if (n < 0) {
        return n == -2 ? KR_NOTIMPL : NULL;
    }
    intptr_t size = BA(a)->size;
    if (size && n > INTPTR_MAX / 2 / size) {
        return kr_err_no_memory(ts);
    }
    if (kr_bytearray_resize(ts, a, size * n) < 0) {
        return NULL;
    }
    for (intptr_t i = 1; i < n; i++) {
        memcpy(BA(a)->data + i * size, BA(a)->data, (size_t)size);
    }
    return KR_INCREF(a);
}

static KrObject *bytearray_mod(KrThread *ts, KrObject *a, KrObject *b) {
    if (!kr_bytearray_check(a)) {
        return KR_NOTIMPL;
    }
    const char *p;
    intptr_t n;
    kr_bytes_self(a, &p, &n);
    return kr_bytes_printf(ts, p, n, b, true);
}

// ---- mutation methods --------------------------------------------------------------

KrObject *kr_bytearray_append(KrThread *ts, KrObject *self, KrObject *item) {
    unsigned char c;
    if (kr_bytes_byte_value(ts, item, &c) < 0) {
        return NULL;
    }
    intptr_t n = BA(self)->size;
    if (kr_bytearray_resize(ts, self, n + 1) < 0) {
        return NULL;
    }
    BA(self)->data[n] = (char)c;
    return KR_NONE;
}

KrObject *kr_bytearray_clear_method(KrThread *ts, KrObject *self) {
    return kr_bytearray_resize(ts, self, 0) < 0 ? NULL : KR_NONE;
}

KrObject *kr_bytearray_copy(KrThread *ts, KrObject *self) {
    return kr_bytearray_from(ts, BA(self)->data, BA(self)->size);
}

KrObject *kr_bytearray_extend(KrThread *ts, KrObject *self, KrObject *iterable) {
    KrByteBuf buf = {0};
    const char *p;
    intptr_t n;
    int r = kr_bytes_buffer(ts, iterable, &p, &n);
    if (r < 0) {
        // extend() asks for a contiguous buffer, unlike slice assignment.
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_TypeError, "can't set bytearray slice from %s", kr_type_name_cstr(KR_TYPE(iterable)));
        return NULL;
    }
    if (r == 1) {
        return splice(ts, self, BA(self)->size, BA(self)->size, p, n) < 0 ? NULL : KR_NONE;
    }
    if (kr_str_check(iterable)) {
        if (KR_STR_LEN(iterable) == 0) {
            return KR_NONE;
        }
        kr_err_set_str(ts, &kr_exc_TypeError, "'str' object cannot be interpreted as an integer");
        return NULL;
    }
    if (!KR_TYPE(iterable)->iter && !KR_TYPE(iterable)->getitem) {
        kr_err_format(ts, &kr_exc_TypeError, "can't extend bytearray with %s", kr_type_name_cstr(KR_TYPE(iterable)));
        return NULL;
    }
    if (kr_bytes_source(ts, "bytearray", iterable, NULL, NULL, &buf) < 0 ||
        splice(ts, self, BA(self)->size, BA(self)->size, buf.p, buf.n) < 0) {
        kr_bytes_buf_discard(ts, &buf);
        return NULL;
    }
    kr_bytes_buf_discard(ts, &buf);
    return KR_NONE;
}

KrObject *kr_bytearray_insert(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "bytearray.insert() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        kr_err_format(ts, &kr_exc_TypeError, "insert expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    intptr_t i = kr_slice_ssize_arg(ts, args[0]);
    if (i == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    unsigned char c;
    if (kr_bytes_byte_value(ts, args[1], &c) < 0) {
        return NULL;
    }
    intptr_t n = BA(self)->size;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    char ch = (char)c;
    return splice(ts, self, i, i, &ch, 1) < 0 ? NULL : KR_NONE;
}

KrObject *kr_bytearray_pop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "bytearray.pop() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "pop expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    intptr_t i = -1;
    if (nargs == 1) {
        i = kr_slice_ssize_arg(ts, args[0]);
        if (i == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    intptr_t n = BA(self)->size;
    if (n == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop index out of range");
        return NULL;
    }
    unsigned char c = (unsigned char)BA(self)->data[i];
    if (splice(ts, self, i, i + 1, NULL, 0) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, c);
}

KrObject *kr_bytearray_remove(KrThread *ts, KrObject *self, KrObject *item) {
    unsigned char c;
    if (kr_bytes_byte_value(ts, item, &c) < 0) {
        return NULL;
    }
    KrByteArray *ba = BA(self);
    char *f = ba->size ? memchr(ba->data, c, (size_t)ba->size) : NULL;
    if (!f) {
        kr_err_set_str(ts, &kr_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    intptr_t i = f - ba->data;
    return splice(ts, self, i, i + 1, NULL, 0) < 0 ? NULL : KR_NONE;
}

KrObject *kr_bytearray_reverse(KrThread *ts, KrObject *self) {
    (void)ts;
    KrByteArray *ba = BA(self);
    for (intptr_t i = 0, j = ba->size - 1; i < j; i++, j--) {
        char t = ba->data[i];
        ba->data[i] = ba->data[j];
        ba->data[j] = t;
    }
    return KR_NONE;
}

KrObject *kr_bytearray_alloc(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, BA(self)->alloc);
}

// (type, args, state) for pickle and copy: the bytes for protocol 3 and up,
// else a latin-1 str and its codec (as CPython); state is the instance __dict__.
static KrObject *reduce_proto(KrThread *ts, KrObject *self, int64_t proto) {
    KrObject *args = NULL, *r = NULL;
    KrObject *data = proto >= 3 ? kr_bytes_from(ts, BA(self)->data, (size_t)BA(self)->size)
                                : kr_codec_decode(ts, BA(self)->data ? BA(self)->data : "", BA(self)->size,
                                                  "latin-1", NULL);
    KrObject *codec = proto >= 3 ? NULL : kr_str_from_cstr(ts, "latin-1");
    if (!data || (proto < 3 && !codec)) {
        goto error;
    }
    args = codec ? kr_tuple_pack(ts, 2, data, codec) : kr_tuple_pack(ts, 1, data);
    if (!args) {
        goto error;
    }
    KrObject *dict = kr_object_get_dict(ts, self, false);
    if (!dict && kr_err_occurred(ts)) {
        goto error;
    }
    r = kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), args, dict ? dict : KR_NONE);
error:
    KR_XDECREF(ts, data);
    KR_XDECREF(ts, codec);
    KR_XDECREF(ts, args);
    return r;
}

KrObject *kr_bytearray_reduce(KrThread *ts, KrObject *self) {
    return reduce_proto(ts, self, 0);
}

KrObject *kr_bytearray_reduce_ex(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    if (kr_check_positional(ts, "__reduce_ex__", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    int64_t proto = 0;
    if (nargs) {
        if (!kr_int_check(args[0])) {
            kr_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          kr_type_name_cstr(KR_TYPE(args[0])));
            return NULL;
        }
        int ovf;
        proto = kr_int_as_i64(args[0], &ovf);
        if (ovf) {
            proto = ovf > 0 ? INT64_MAX : INT64_MIN;
        }
    }
    return reduce_proto(ts, self, proto);
}

// ---- iterator -----------------------------------------------------------------------

static KrObject *bytearray_iter(KrThread *ts, KrObject *o) {
    return kr_seqiter_make(ts, &kr_bytearray_iter_type, o, 0);
}

static KrObject *bytearray_iter_next(KrThread *ts, KrObject *o) {
    KrSeqIter *it = (KrSeqIter *)o;
    if (!it->seq) {
        return NULL;
    }
    if (it->index < BA(it->seq)->size) {
        return kr_int_from_i64(ts, (unsigned char)BA(it->seq)->data[it->index++]);
    }
    KR_CLEAR(ts, it->seq);
    return NULL;
}

static KrObject *bytearray_iter_length_hint(KrThread *ts, KrObject *o) {
    KrSeqIter *it = (KrSeqIter *)o;
    intptr_t n = it->seq ? BA(it->seq)->size - it->index : 0;
    return kr_int_from_i64(ts, n < 0 ? 0 : n);
}

static const KrMethodDef bytearray_iter_methods[] = {
    {"__length_hint__", (void *)bytearray_iter_length_hint, KR_METH_NOARGS, false, false,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, false, false, NULL},
};

// ---- the types ----------------------------------------------------------------------

KrType kr_bytearray_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "bytearray",
    .basicsize = sizeof(KrByteArray),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_MATCH_SELF | KR_TYPE_CONCAT,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size "
           "given by the parameter initialized with null bytes\nbytearray() -> empty bytes array",
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = bytearray_richcompare,
    .iter = bytearray_iter,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .nb = {[KR_BINOP_ADD] = bytearray_add, [KR_BINOP_MULTIPLY] = bytearray_multiply,
           [KR_BINOP_REMAINDER] = bytearray_mod},
    .nb_inplace = {[KR_BINOP_ADD] = bytearray_iadd, [KR_BINOP_MULTIPLY] = bytearray_imultiply},
    .len = bytearray_len,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytearray_contains,
    .methods = kr_bytearray_methods,
};

KrType kr_bytearray_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_GC,
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .iter = kr_iter_self,
    .iternext = bytearray_iter_next,
    .methods = bytearray_iter_methods,
};
