// SPDX-License-Identifier: MIT
// bytes: immutable byte strings — construction, buffers, slots and the iterator.
#include <stdio.h>
#include <string.h>

#include "../base/siphash.h"
#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

// ---- byte buffers --------------------------------------------------------------

static int buf_reserve(KrThread *ts, KrByteBuf *b, intptr_t extra) {
    if (b->n + extra + 1 <= b->cap) {
        return 0;
    }
    if (extra > INTPTR_MAX / 2 - b->n) {
        kr_err_no_memory(ts);
        return -1;
    }
    intptr_t cap = b->cap ? b->cap : 32;
    while (cap < b->n + extra + 1) {
        cap *= 2;
    }
    char *p = kr_mem_realloc(ts, b->p, (size_t)cap);
    if (!p) {
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

int kr_bytes_buf_add(KrThread *ts, KrByteBuf *b, const void *p, intptr_t n) {
    if (n <= 0) {
        return 0;
    }
    if (buf_reserve(ts, b, n) < 0) {
        return -1;
    }
    memcpy(b->p + b->n, p, (size_t)n);
    b->n += n;
    return 0;
}

int kr_bytes_buf_addc(KrThread *ts, KrByteBuf *b, int c) {
    if (buf_reserve(ts, b, 1) < 0) {
        return -1;
    }
    b->p[b->n++] = (char)c;
    return 0;
}

void kr_bytes_buf_discard(KrThread *ts, KrByteBuf *b) {
    if (b->p) {
        kr_mem_free(ts, b->p);
    }
    b->p = NULL;
    b->n = b->cap = 0;
}

KrObject *kr_bytes_buf_finish(KrThread *ts, KrByteBuf *b, bool bytearray) {
    KrObject *r = bytearray ? kr_bytearray_from(ts, b->p, b->n) : kr_bytes_from(ts, b->p, (size_t)b->n);
    kr_bytes_buf_discard(ts, b);
    return r;
}

// ---- construction --------------------------------------------------------------

static KrBytes *alloc_bytes(KrThread *ts, KrType *type, intptr_t len) {
    size_t head = type == &kr_bytes_type ? sizeof(KrBytes) : type->basicsize;
    if (head < sizeof(KrBytes)) {
        head = sizeof(KrBytes);
    }
    if (len < 0 || (size_t)len > SIZE_MAX / 2 - head) {
        kr_err_no_memory(ts);
        return NULL;
    }
    KrBytes *b = (KrBytes *)kr_object_alloc(ts, type, head + (size_t)len + 1);
    if (!b) {
        return NULL;
    }
    b->size = len;
    b->hash = -1;
    b->data = (char *)b + head;
    return b;
}

KrObject *kr_bytes_new(KrThread *ts, intptr_t len) {
    return (KrObject *)alloc_bytes(ts, &kr_bytes_type, len);
}

KrObject *kr_bytes_from(KrThread *ts, const char *s, size_t len) {
    if (len == 0 && ts->vm->empty_bytes) {
        return KR_INCREF(ts->vm->empty_bytes);
    }
    KrBytes *b = alloc_bytes(ts, &kr_bytes_type, (intptr_t)len);
    if (!b) {
        return NULL;
    }
    if (len) {
        memcpy(b->data, s, len);
    }
    if (len == 0) {
        ts->vm->empty_bytes = KR_INCREF(b);
    }
    return (KrObject *)b;
}

int kr_bytes_buffer(KrThread *ts, KrObject *o, const char **p, intptr_t *n) {
    if (kr_bytes_check(o)) {
        *p = KR_BYTES_DATA(o);
        *n = KR_BYTES_SIZE(o);
        return 1;
    }
    if (kr_bytearray_check(o)) {
        KrByteArray *ba = (KrByteArray *)o;
        *p = ba->data ? ba->data : "";
        *n = ba->size;
        return 1;
    }
    if (kr_memoryview_check(o)) {
        char *data;
        if (kr_memoryview_data(ts, o, &data, n) < 0) {
            return -1;
        }
        *p = data;
        return 1;
    }
    if (KR_TYPE(o)->buffer) {
        KrBuffer b;
        if (KR_TYPE(o)->buffer(ts, o, &b) < 0) {
            return -1;
        }
        *p = b.p;
        *n = b.n;
        return 1;
    }
    return 0;
}

int kr_bytes_buffer_req(KrThread *ts, KrObject *o, const char **p, intptr_t *n) {
    int r = kr_bytes_buffer(ts, o, p, n);
    if (r == 0) {
        kr_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                      kr_type_name_cstr(KR_TYPE(o)));
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int kr_bytes_byte_value(KrThread *ts, KrObject *o, unsigned char *out) {
    KrObject *i = kr_number_index(ts, o);
    if (!i) {
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(i, &overflow);
    KR_DECREF(ts, i);
    if (overflow || v < 0 || v > 255) {
        kr_err_set_str(ts, &kr_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

// Appends the ints of an iterable, each in range(256).
static int source_iterable(KrThread *ts, const char *tname, KrObject *src, KrByteBuf *out) {
    KrObject *it = kr_iter(ts, src);
    if (!it) {
        return -1;
    }
    KrObject *item;
    while ((item = kr_next(ts, it)) != NULL) {
        KrObject *i = kr_number_index(ts, item);
        KR_DECREF(ts, item);
        if (!i) {
            goto error;
        }
        int overflow = 0;
        int64_t v = kr_int_as_i64(i, &overflow);
        KR_DECREF(ts, i);
        if (overflow || v < 0 || v > 255) {
            kr_err_set_str(ts, &kr_exc_ValueError,
                           strcmp(tname, "bytes") == 0 ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            goto error;
        }
        if (kr_bytes_buf_addc(ts, out, (int)v) < 0) {
            goto error;
        }
    }
    if (kr_err_occurred(ts)) {
        goto error;
    }
    KR_DECREF(ts, it);
    return 0;
error:
    KR_DECREF(ts, it);
    return -1;
}

// bytes(n): n zero bytes.
static int zero_fill(KrThread *ts, KrByteBuf *out, intptr_t count) {
    if (count < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "negative count");
        return -1;
    }
    if (buf_reserve(ts, out, count) < 0) {
        return -1;
    }
    memset(out->p + out->n, 0, (size_t)count);
    out->n += count;
    return 0;
}

int kr_bytes_source(KrThread *ts, const char *tname, KrObject *src, KrObject *enc, KrObject *err, KrByteBuf *out) {
    if (src && kr_str_check(src)) {
        if (!enc) {
            kr_err_set_str(ts, &kr_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        const char *e, *r;
        if (kr_codec_args(ts, tname, enc, err, &e, &r) < 0) {
            return -1;
        }
        KrObject *b = kr_codec_encode(ts, src, e, r);
        if (!b) {
            return -1;
        }
        int rc = kr_bytes_buf_add(ts, out, KR_BYTES_DATA(b), KR_BYTES_SIZE(b));
        KR_DECREF(ts, b);
        return rc;
    }
    if (enc || err) {
        kr_err_set_str(ts, &kr_exc_TypeError,
                       enc ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    if (!src) {
        return 0;
    }
    const char *p;
    intptr_t n;
    int r = kr_bytes_buffer(ts, src, &p, &n);
    if (r < 0) {
        // A strided memoryview still converts, in C order.
        if (kr_memoryview_check(src) && !((KrMemoryView *)src)->released) {
            kr_err_clear(ts);
            KrObject *b = kr_memoryview_tobytes(ts, src);
            r = b ? kr_bytes_buf_add(ts, out, KR_BYTES_DATA(b), KR_BYTES_SIZE(b)) : -1;
            KR_XDECREF(ts, b);
            return r;
        }
        return -1;
    }
    if (r == 1) {
        return kr_bytes_buf_add(ts, out, p, n);
    }
    if (KR_TYPE(src)->nb_index || kr_int_check(src)) {
        intptr_t count = kr_index_as_ssize(ts, src, NULL);
        if (count == -1 && kr_err_occurred(ts)) {
            if (kr_err_matches(ts, &kr_exc_IndexError)) {
                kr_err_clear(ts);
                kr_err_format(ts, &kr_exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                              kr_type_name_cstr(KR_TYPE(src)));
                return -1;
            }
            if (!kr_err_matches(ts, &kr_exc_TypeError)) {
                return -1;
            }
            // A bad __index__ falls through to the iterable path, as in CPython.
            kr_err_clear(ts);
        } else {
            return zero_fill(ts, out, count);
        }
    }
    if (!KR_TYPE(src)->iter && !KR_TYPE(src)->getitem) {
        kr_err_format(ts, &kr_exc_TypeError, "cannot convert '%s' object to %s", kr_type_name_cstr(KR_TYPE(src)),
                      tname);
        return -1;
    }
    return source_iterable(ts, tname, src, out);
}

// bytes(source=b'', encoding=..., errors=...): __bytes__ first, as CPython.
static KrObject *bytes_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    KrObject *a[3];
    if (kr_bytes_methods_bind(ts, "bytes", args, nargs, kwnames, names, 3, a) < 0) {
        return NULL;
    }
    for (int i = 1; i < 3; i++) {
        if (a[i] && !kr_str_check(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "bytes() argument '%s' must be str, not %s", names[i],
                          kr_type_name_cstr(KR_TYPE(a[i])));
            return NULL;
        }
    }
    KrObject *r = NULL;
    if (a[0] && !a[1] && !a[2] && KR_TYPE(a[0]) != &kr_bytes_type && !kr_str_check_exact(a[0])) {
        KrObject *name = kr_str_intern_literal(ts, "__bytes__");
        if (!name) {
            return NULL;
        }
        KrObject *meth = kr_type_lookup(ts, KR_TYPE(a[0]), name);
        if (meth) {
            r = kr_call_method(ts, a[0], name, NULL, 0);
            KR_DECREF(ts, name);
            if (!r) {
                return NULL;
            }
            if (!kr_bytes_check(r)) {
                kr_err_format(ts, &kr_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                              kr_type_name_cstr(KR_TYPE(r)));
                KR_DECREF(ts, r);
                return NULL;
            }
        } else {
            KR_DECREF(ts, name);
        }
    }
    if (!r) {
        if (type == &kr_bytes_type && a[0] && KR_TYPE(a[0]) == &kr_bytes_type && !a[1] && !a[2]) {
            return KR_INCREF(a[0]);
        }
        KrByteBuf buf = {0};
        if (kr_bytes_source(ts, "bytes", a[0], a[1], a[2], &buf) < 0) {
            kr_bytes_buf_discard(ts, &buf);
            return NULL;
        }
        r = kr_bytes_buf_finish(ts, &buf, false);
        if (!r) {
            return NULL;
        }
    }
    if (type == &kr_bytes_type) {
        return r;
    }
    // A subclass instance: copy the bytes after the subclass's own fields.
    KrBytes *s = alloc_bytes(ts, type, KR_BYTES_SIZE(r));
    if (s) {
        memcpy(s->data, KR_BYTES_DATA(r), (size_t)KR_BYTES_SIZE(r));
    }
    KR_DECREF(ts, r);
    return (KrObject *)s;
}

// ---- slots --------------------------------------------------------------------------

static void bytes_dealloc(KrThread *ts, KrObject *o) {
    kr_object_free(ts, o);
}

KrObject *kr_bytes_repr_data(KrThread *ts, const char *p, intptr_t n, const char *prefix, const char *suffix,
                             bool bytearray) {
    bool has_squote = memchr(p, '\'', (size_t)n) != NULL;
    bool has_dquote = memchr(p, '"', (size_t)n) != NULL;
    char quote = has_squote && !has_dquote ? '"' : '\'';
    // CPython's bytearray repr escapes single quotes even inside double quotes.
    char escaped = bytearray ? '\'' : quote;
    KrByteBuf b = {0};
    kr_bytes_buf_add(ts, &b, prefix, (intptr_t)strlen(prefix));
    kr_bytes_buf_addc(ts, &b, quote);
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        char tmp[8];
        if (c == escaped || c == '\\') {
            snprintf(tmp, sizeof tmp, "\\%c", c);
        } else if (c == '\t') {
            strcpy(tmp, "\\t");
        } else if (c == '\n') {
            strcpy(tmp, "\\n");
        } else if (c == '\r') {
            strcpy(tmp, "\\r");
        } else if (c < ' ' || c >= 0x7f) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
        } else {
            tmp[0] = (char)c;
            tmp[1] = '\0';
        }
        if (kr_bytes_buf_add(ts, &b, tmp, (intptr_t)strlen(tmp)) < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
    }
    kr_bytes_buf_addc(ts, &b, quote);
    if (kr_bytes_buf_add(ts, &b, suffix, (intptr_t)strlen(suffix)) < 0) {
        kr_bytes_buf_discard(ts, &b);
        return NULL;
    }
    KrObject *r = kr_str_from_utf8(ts, b.p, (size_t)b.n);
    kr_bytes_buf_discard(ts, &b);
    return r;
}

static KrObject *bytes_repr(KrThread *ts, KrObject *o) {
    return kr_bytes_repr_data(ts, KR_BYTES_DATA(o), KR_BYTES_SIZE(o), "b", "", false);
}

static KrHash bytes_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    KrBytes *b = (KrBytes *)o;
    if (b->hash == -1) {
        KrHash h = b->size ? (KrHash)kr_siphash13(b->data, (size_t)b->size) : 0;
        b->hash = h == -1 ? -2 : h;
    }
    return b->hash;
}

bool kr_bytes_compare_mem(const char *x, intptr_t xn, const char *y, intptr_t yn, int op) {
    intptr_t n = xn < yn ? xn : yn;
    int c = n ? memcmp(x, y, (size_t)n) : 0;
    if (c == 0) {
        c = xn < yn ? -1 : xn > yn;
    }
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

static KrObject *bytes_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    (void)ts;
    if (!kr_bytes_check(a) || !kr_bytes_check(b)) {
        return KR_NOTIMPL;
    }
    return KR_BOOL(kr_bytes_compare_mem(KR_BYTES_DATA(a), KR_BYTES_SIZE(a), KR_BYTES_DATA(b), KR_BYTES_SIZE(b), op));
}

static intptr_t bytes_len(KrThread *ts, KrObject *o) {
    (void)ts;
    return ((KrBytes *)o)->size;
}

static KrObject *bytes_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    KrBytes *b = (KrBytes *)o;
    if (KR_INDEX_CHECK(key)) {
        intptr_t i = kr_index_as_ssize(ts, key, NULL);
        if (i == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (i < 0) {
            i += b->size;
        }
        if (i < 0 || i >= b->size) {
            kr_err_set_str(ts, &kr_exc_IndexError, "index out of range");
            return NULL;
        }
        return kr_int_from_i64(ts, (unsigned char)b->data[i]);
    }
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, b->size, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            if (n == b->size && KR_TYPE(o) == &kr_bytes_type) {
                return KR_INCREF(o);
            }
            return kr_bytes_from(ts, b->data + start, (size_t)n);
        }
        KrObject *r = kr_bytes_new(ts, n);
        if (r) {
            for (intptr_t i = 0, j = start; i < n; i++, j += step) {
                KR_BYTES_DATA(r)[i] = b->data[j];
            }
        }
        return r;
    }
    kr_err_format(ts, &kr_exc_TypeError, "byte indices must be integers or slices, not %s",
                  kr_type_name_cstr(KR_TYPE(key)));
    return NULL;
}

// `x in b`: an int (a byte value) or a bytes-like needle.
int kr_bytes_contains_in(KrThread *ts, const char *p, intptr_t n, KrObject *item) {
    if (KR_INDEX_CHECK(item)) {
        unsigned char c;
        if (kr_bytes_byte_value(ts, item, &c) < 0) {
            return -1;
        }
        return n > 0 && memchr(p, c, (size_t)n) != NULL;
    }
    const char *q;
    intptr_t qn;
    if (kr_bytes_buffer_req(ts, item, &q, &qn) < 0) {
        return -1;
    }
    return kr_bytes_find_mem(p, n, q, qn, false) >= 0;
}

static int bytes_contains(KrThread *ts, KrObject *o, KrObject *item) {
    return kr_bytes_contains_in(ts, KR_BYTES_DATA(o), KR_BYTES_SIZE(o), item);
}

static KrObject *bytes_add(KrThread *ts, KrObject *a, KrObject *b) {
    if (!kr_bytes_check(a)) {
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
    intptr_t an = KR_BYTES_SIZE(a);
    if (qn == 0 && KR_TYPE(a) == &kr_bytes_type) {
        return KR_INCREF(a);
    }
    if (an > INTPTR_MAX / 2 - qn) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_bytes_new(ts, an + qn);
    if (res) {
        memcpy(KR_BYTES_DATA(res), KR_BYTES_DATA(a), (size_t)an);
        memcpy(KR_BYTES_DATA(res) + an, q, (size_t)qn);
    }
    return res;
}

// The count of seq * n: -1 with an exception, -2 for NotImplemented.
intptr_t kr_bytes_repeat_count(KrThread *ts, KrObject *count) {
    if (!KR_INDEX_CHECK(count)) {
        if ((KR_TYPE(count)->flags & KR_TYPE_HEAP) && KR_TYPE(count)->nb[KR_BINOP_MULTIPLY] != NULL) {
            return -2;
        }
        kr_err_format(ts, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      kr_type_name_cstr(KR_TYPE(count)));
        return -1;
    }
    intptr_t n = kr_slice_as_ssize(ts, count, &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    return n < 0 ? 0 : n;
}

static KrObject *bytes_multiply(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *seq = a, *count = b;
    if (!kr_bytes_check(a)) {
        seq = b;
        count = a;
    }
    intptr_t n = kr_bytes_repeat_count(ts, count);
    if (n < 0) {
        return n == -2 ? KR_NOTIMPL : NULL;
    }
    intptr_t size = KR_BYTES_SIZE(seq);
    if (n == 1 && KR_TYPE(seq) == &kr_bytes_type) {
        return KR_INCREF(seq);
    }
    if (size && n > INTPTR_MAX / 2 / size) {
        return kr_err_no_memory(ts);
    }
    KrObject *res = kr_bytes_new(ts, size * n);
    if (res) {
        for (intptr_t i = 0; i < n; i++) {
            memcpy(KR_BYTES_DATA(res) + i * size, KR_BYTES_DATA(seq), (size_t)size);
        }
    }
    return res;
}

static KrObject *bytes_mod(KrThread *ts, KrObject *a, KrObject *b) {
    if (!kr_bytes_check(a)) {
        return KR_NOTIMPL;
    }
    return kr_bytes_printf(ts, KR_BYTES_DATA(a), KR_BYTES_SIZE(a), b, false);
}

// ---- iterator ----------------------------------------------------------------------

static KrObject *bytes_iter(KrThread *ts, KrObject *o) {
    return kr_seqiter_make(ts, &kr_bytes_iter_type, o, 0);
}

static KrObject *bytes_iter_next(KrThread *ts, KrObject *o) {
    KrSeqIter *it = (KrSeqIter *)o;
    if (!it->seq) {
        return NULL;
    }
    if (it->index < KR_BYTES_SIZE(it->seq)) {
        return kr_int_from_i64(ts, (unsigned char)KR_BYTES_DATA(it->seq)[it->index++]);
    }
    KR_CLEAR(ts, it->seq);
    return NULL;
}

static KrObject *bytes_iter_length_hint(KrThread *ts, KrObject *o) {
    KrSeqIter *it = (KrSeqIter *)o;
    return kr_int_from_i64(ts, it->seq ? KR_BYTES_SIZE(it->seq) - it->index : 0);
}

static const KrMethodDef bytes_iter_methods[] = {
    {"__length_hint__", (void *)bytes_iter_length_hint, KR_METH_NOARGS, false, false,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, false, false, NULL},
};

// ---- the type ----------------------------------------------------------------------

KrType kr_bytes_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "bytes",
    .basicsize = sizeof(KrBytes),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_MATCH_SELF | KR_TYPE_CONCAT,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by "
           "the parameter initialized with null bytes\nbytes() -> empty bytes object",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .nb = {[KR_BINOP_ADD] = bytes_add, [KR_BINOP_MULTIPLY] = bytes_multiply, [KR_BINOP_REMAINDER] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .methods = kr_bytes_methods,
};

KrType kr_bytes_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "bytes_iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TYPE_GC,
    .dealloc = kr_seqiter_dealloc,
    .traverse = kr_seqiter_traverse,
    .clear = kr_seqiter_clear,
    .hash = NULL,
    .iter = kr_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};
