// SPDX-License-Identifier: MIT
// bytes, bytearray and memoryview: byte strings and views of them.
#ifndef KR_BYTES_H
#define KR_BYTES_H

#include "object.h"

// An exact bytes keeps its bytes right after this struct; an instance of a
// subclass keeps them after the subclass's basicsize (its __dict__ slot sits
// in between), hence a pointer rather than a flexible array. NUL-terminated.
typedef struct KrBytes {
    KrObject base;
    intptr_t size;
    KrHash hash;      // -1 until computed
    char *data;
} KrBytes;

// A bytearray owns a growable heap buffer (NULL while empty). `exports`
// counts the live memoryviews over it: while any exists it cannot be resized.
typedef struct KrByteArray {
    KrObject base;
    intptr_t size, alloc;
    char *data;
    intptr_t exports;
} KrByteArray;

// A memoryview over a bytes or bytearray (or a slice of one): `len` items of
// one byte, the first at `offset`, `step` apart. Released views drop `obj`.
typedef struct KrMemoryView {
    KrObject base;
    KrObject *obj;       // the exporter (bytes or bytearray); NULL once released
    intptr_t offset, len, step; // step in bytes, len in items
    char format;         // 'B', 'b' or 'c', or another native struct format (items read-only)
    bool readonly;
    bool released;
    KrHash hash;         // -1 until computed (read-only views only)
} KrMemoryView;

extern KrType kr_bytes_type, kr_bytes_iter_type;
extern KrType kr_bytearray_type, kr_bytearray_iter_type;
extern KrType kr_memoryview_type, kr_memoryview_iter_type;

#define kr_bytes_check(o) kr_isinstance_type((o), &kr_bytes_type)
#define kr_bytearray_check(o) kr_isinstance_type((o), &kr_bytearray_type)
#define kr_memoryview_check(o) (KR_TYPE(o) == &kr_memoryview_type)
#define KR_BYTES_SIZE(o) (((KrBytes *)(o))->size)
#define KR_BYTES_DATA(o) (((KrBytes *)(o))->data)
#define KR_BYTEARRAY_SIZE(o) (((KrByteArray *)(o))->size)
#define KR_BYTEARRAY_DATA(o) (((KrByteArray *)(o))->data)

// ---- bytes.c
// A growable byte buffer for building results (join, replace, %, codecs).
typedef struct KrByteBuf {
    char *p;
    intptr_t n, cap;
} KrByteBuf;
int kr_bytes_buf_add(KrThread *ts, KrByteBuf *b, const void *p, intptr_t n);
int kr_bytes_buf_addc(KrThread *ts, KrByteBuf *b, int c);
// The buffer as a new bytes (or bytearray); frees the buffer either way.
KrObject *kr_bytes_buf_finish(KrThread *ts, KrByteBuf *b, bool bytearray);
void kr_bytes_buf_discard(KrThread *ts, KrByteBuf *b);

KrObject *kr_bytes_from(KrThread *ts, const char *s, size_t len);
// A bytes of `len` uninitialized bytes (NUL-terminated) to fill through KR_BYTES_DATA.
KrObject *kr_bytes_new(KrThread *ts, intptr_t len);
// A contiguous view of a bytes-like object (bytes, bytearray, contiguous
// memoryview): 1 and *p/*n set; 0 when o is not bytes-like (no exception);
// -1 with an exception (a released or non-contiguous memoryview).
int kr_bytes_buffer(KrThread *ts, KrObject *o, const char **p, intptr_t *n);
// Like kr_bytes_buffer, raising "a bytes-like object is required, not 'T'".
int kr_bytes_buffer_req(KrThread *ts, KrObject *o, const char **p, intptr_t *n);
// The bytes(x) / bytearray(x) source conversion shared by both constructors:
// the bytes of `src` (int count, iterable of ints, buffer, str with encoding,
// __bytes__ for bytes only) appended to `out`. `tname` words the errors.
int kr_bytes_source(KrThread *ts, const char *tname, KrObject *src, KrObject *enc, KrObject *err, KrByteBuf *out);
// A byte value from an int-like object: "byte must be in range(0, 256)".
int kr_bytes_byte_value(KrThread *ts, KrObject *o, unsigned char *out);
// Shared by bytes and bytearray: `item in data`, comparisons, the repeat count of `seq * n` (-2: NotImplemented).
int kr_bytes_contains_in(KrThread *ts, const char *p, intptr_t n, KrObject *item);
bool kr_bytes_compare_mem(const char *x, intptr_t xn, const char *y, intptr_t yn, int op);
intptr_t kr_bytes_repeat_count(KrThread *ts, KrObject *count);
// b % args (bytes_format.c).
KrObject *kr_bytes_printf(KrThread *ts, const char *fmt, intptr_t flen, KrObject *args, bool bytearray_result);
// repr of byte data with CPython's quote choice, with `prefix` ("b" or "bytearray(b") and `suffix`.
KrObject *kr_bytes_repr_data(KrThread *ts, const char *p, intptr_t n, const char *prefix, const char *suffix,
                             bool bytearray);

// ---- bytearray.c
KrObject *kr_bytearray_from(KrThread *ts, const char *s, intptr_t len);
int kr_bytearray_resize(KrThread *ts, KrObject *ba, intptr_t size);
// The bytearray-only methods (the table is in bytes_methods.c).
KrObject *kr_bytearray_append(KrThread *ts, KrObject *self, KrObject *item);
KrObject *kr_bytearray_clear_method(KrThread *ts, KrObject *self);
KrObject *kr_bytearray_copy(KrThread *ts, KrObject *self);
KrObject *kr_bytearray_extend(KrThread *ts, KrObject *self, KrObject *iterable);
KrObject *kr_bytearray_insert(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames);
KrObject *kr_bytearray_pop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames);
KrObject *kr_bytearray_remove(KrThread *ts, KrObject *self, KrObject *item);
KrObject *kr_bytearray_reverse(KrThread *ts, KrObject *self);
KrObject *kr_bytearray_alloc(KrThread *ts, KrObject *self);

// ---- bytes_methods.c: the methods bytes and bytearray share
extern const KrMethodDef kr_bytes_methods[];
extern const KrMethodDef kr_bytearray_methods[];
// Binds positional and keyword arguments to `names` (max of them) with
// Argument Clinic's messages ("'x' is an invalid keyword argument for split()").
int kr_bytes_methods_bind(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                          const char *const *names, size_t max, KrObject **out);
// The self view: works for bytes and bytearray instances.
void kr_bytes_self(KrObject *self, const char **p, intptr_t *n);
// A result of self's kind: bytes for bytes (subclasses too), bytearray for bytearray.
KrObject *kr_bytes_like(KrThread *ts, KrObject *self, const char *p, intptr_t n);
KrObject *kr_bytes_fromhex_impl(KrThread *ts, KrObject *type, KrObject *arg);
// Search helpers (also for `in`): first/last index of needle in h[start:end], -1 if absent.
intptr_t kr_bytes_find_mem(const char *h, intptr_t hn, const char *nd, intptr_t nn, bool reverse);

// ---- str_codec.c: the codecs bytes.decode and str.encode use
// Decodes bytes with `encoding` ("utf-8", "ascii", "latin-1" and aliases)
// and `errors` (NULL: strict); UnicodeDecodeError with CPython's attributes.
KrObject *kr_codec_decode(KrThread *ts, const char *p, intptr_t n, const char *encoding, const char *errors);
KrObject *kr_codec_encode(KrThread *ts, KrObject *str, const char *encoding, const char *errors);
// Re-raises the pending exception of a codec call as CPython does: same type,
// "encoding with 'x' codec failed (T: msg)", the original as __cause__
// (only for exception types whose constructor takes the message alone).
void kr_codec_wrap_error(KrThread *ts, const char *verb, const char *encoding);
// Parses (encoding, errors) of decode()/encode()/bytes(str, ...) into C strings (NULL when not given).
int kr_codec_args(KrThread *ts, const char *fname, KrObject *enc, KrObject *err, const char **encoding,
                  const char **errors);

#endif
