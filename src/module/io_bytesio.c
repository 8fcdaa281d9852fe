// SPDX-License-Identifier: MIT
// _io.BytesIO: a binary stream over a growable in-memory buffer.
#include <string.h>

#include "io_impl.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

#define BIO(o) ((KrBytesIO *)(o))

static int check_open(KrThread *ts, KrBytesIO *b) {
    if (b->closed) {
        kr_io_module_closed_error(ts);
        return -1;
    }
    return 0;
}

// Makes room for `size` bytes.
static int reserve(KrThread *ts, KrBytesIO *b, intptr_t size) {
    if (size <= b->alloc) {
        return 0;
    }
    intptr_t cap = b->alloc ? b->alloc : 64;
    while (cap < size) {
        cap = cap < (INTPTR_MAX / 2) ? cap * 2 : size;
    }
    char *p = kr_mem_realloc(ts, b->buf, (size_t)cap);
    if (!p) {
        return -1;
    }
    b->buf = p;
    b->alloc = cap;
    return 0;
}

// getbuffer() views pin the memory: no resizing, closing or re-initializing meanwhile.
static int check_exports(KrThread *ts, KrBytesIO *b) {
    if (b->exports > 0) {
        kr_err_set_str(ts, &kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

// Writes n bytes at the position (zero-filling a gap past the end).
static int write_at_pos(KrThread *ts, KrBytesIO *b, const char *p, intptr_t n) {
    if (n == 0) {
        return 0;
    }
    intptr_t end = b->pos + n;
    if (reserve(ts, b, end) < 0) {
        return -1;
    }
    if (b->pos > b->size) {
        memset(b->buf + b->size, 0, (size_t)(b->pos - b->size));
    }
    memmove(b->buf + b->pos, p, (size_t)n);
    b->pos = end;
    if (end > b->size) {
        b->size = end;
    }
    return 0;
}

static int bytesio_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"initial_bytes", NULL};
    KrObject *init = NULL;
    if (kr_parse_args(ts, "BytesIO", args, nargs, kwnames, names, 0, 0, 1, &init) < 0) {
        return -1;
    }
    KrBytesIO *b = BIO(self);
    if (check_exports(ts, b) < 0) {
        return -1;
    }
    b->size = b->pos = 0;
    b->closed = false;
    if (init && init != KR_NONE) {
        const char *p;
        intptr_t n;
        if (kr_bytes_buffer_req(ts, init, &p, &n) < 0 || write_at_pos(ts, b, p, n) < 0) {
            return -1;
        }
        b->pos = 0;
    }
    return 0;
}

static void bytesio_dealloc(KrThread *ts, KrObject *o) {
    kr_mem_free(ts, BIO(o)->buf);
    KR_CLEAR(ts, BIO(o)->head.dict);
    kr_object_free(ts, o);
}

// The bytes from the position on, at most n (n < 0: all); advances.
static KrObject *take(KrThread *ts, KrBytesIO *b, int64_t n) {
    intptr_t avail = b->size > b->pos ? b->size - b->pos : 0;
    if (n < 0 || n > avail) {
        n = avail;
    }
    KrObject *r = kr_bytes_from(ts, b->buf ? b->buf + b->pos : "", (size_t)n);
    if (r) {
        b->pos += (intptr_t)n;
    }
    return r;
}

static KrObject *bytesio_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "read", nargs, kw, 0, 1) < 0 || check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    int64_t n = kr_io_module_size_arg(ts, nargs ? args[0] : NULL);
    return n == KR_IO_SIZE_ERR ? NULL : take(ts, BIO(self), n);
}

static KrObject *bytesio_readline_impl(KrThread *ts, KrBytesIO *b, int64_t limit) {
    intptr_t avail = b->size > b->pos ? b->size - b->pos : 0;
    if (limit >= 0 && limit < avail) {
        avail = (intptr_t)limit;
    }
    const char *start = b->buf ? b->buf + b->pos : "";
    const char *nl = avail ? memchr(start, '\n', (size_t)avail) : NULL;
    return take(ts, b, nl ? (nl - start) + 1 : avail);
}

static KrObject *bytesio_readline(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "readline", nargs, kw, 0, 1) < 0 || check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    int64_t n = kr_io_module_size_arg(ts, nargs ? args[0] : NULL);
    return n == KR_IO_SIZE_ERR ? NULL : bytesio_readline_impl(ts, BIO(self), n);
}

static KrObject *bytesio_readlines(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "readlines", nargs, kw, 0, 1) < 0 || check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    int64_t hint = kr_io_module_size_arg(ts, nargs ? args[0] : NULL);
    if (hint == KR_IO_SIZE_ERR) {
        return NULL;
    }
    KrObject *list = kr_list_new(ts, 0);
    int64_t total = 0;
    while (list) {
        KrObject *line = bytesio_readline_impl(ts, BIO(self), -1);
        if (!line) {
            KR_CLEAR(ts, list);
            break;
        }
        intptr_t n = KR_BYTES_SIZE(line);
        int rc = n ? kr_list_append(ts, list, line) : 0;
        KR_DECREF(ts, line);
        if (rc < 0) {
            KR_CLEAR(ts, list);
        }
        total += n;
        if (n == 0 || (hint > 0 && total >= hint)) {
            break;
        }
    }
    return list;
}

static KrObject *bytesio_readinto(KrThread *ts, KrObject *self, KrObject *buf) {
    KrBytesIO *b = BIO(self);
    char *p;
    intptr_t n;
    if (check_open(ts, b) < 0 || kr_io_module_writable_buffer(ts, buf, &p, &n) < 0) {
        return NULL;
    }
    intptr_t avail = b->size > b->pos ? b->size - b->pos : 0;
    if (n > avail) {
        n = avail;
    }
    if (n > 0) {
        memcpy(p, b->buf + b->pos, (size_t)n);
    }
    b->pos += n;
    return kr_int_from_i64(ts, n);
}

static KrObject *bytesio_write(KrThread *ts, KrObject *self, KrObject *data) {
    KrBytesIO *b = BIO(self);
    const char *p;
    intptr_t n;
    if (check_open(ts, b) < 0 || check_exports(ts, b) < 0 || kr_bytes_buffer_req(ts, data, &p, &n) < 0 ||
        write_at_pos(ts, b, p, n) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *bytesio_seek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "seek", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    KrBytesIO *b = BIO(self);
    if (!kr_int_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return NULL;
    }
    int64_t pos = kr_io_module_size_arg(ts, args[0]);
    int64_t whence = nargs > 1 ? kr_io_module_size_arg(ts, args[1]) : 0;
    if (pos == KR_IO_SIZE_ERR && kr_err_occurred(ts)) {
        return NULL;
    }
    if (whence == KR_IO_SIZE_ERR && kr_err_occurred(ts)) {
        return NULL;
    }
    if (check_open(ts, b) < 0) {
        return NULL;
    }
    if (whence == 0) {
        if (pos < 0) {
            kr_err_format(ts, &kr_exc_ValueError, "negative seek value %lld", (long long)pos);
            return NULL;
        }
    } else if (whence == 1 || whence == 2) {
        pos += whence == 1 ? b->pos : b->size;
        if (pos < 0) {
            pos = 0;
        }
    } else {
        kr_err_format(ts, &kr_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return NULL;
    }
    b->pos = (intptr_t)pos;
    return kr_int_from_i64(ts, pos);
}

static KrObject *bytesio_tell(KrThread *ts, KrObject *self) {
    if (check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, BIO(self)->pos);
}

static KrObject *bytesio_truncate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "truncate", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrBytesIO *b = BIO(self);
    if (check_open(ts, b) < 0 || check_exports(ts, b) < 0) {
        return NULL;
    }
    int64_t size = b->pos;
    if (nargs && args[0] != KR_NONE) {
        size = kr_io_module_size_arg(ts, args[0]);
        if (size == KR_IO_SIZE_ERR) {
            return NULL;
        }
        if (size < 0) {
            kr_err_format(ts, &kr_exc_ValueError, "negative size value %lld", (long long)size);
            return NULL;
        }
    }
    if (size < b->size) {
        b->size = (intptr_t)size;
    }
    return kr_int_from_i64(ts, size);
}

static KrObject *bytesio_getvalue(KrThread *ts, KrObject *self) {
    KrBytesIO *b = BIO(self);
    if (check_open(ts, b) < 0) {
        return NULL;
    }
    return kr_bytes_from(ts, b->buf ? b->buf : "", (size_t)b->size);
}

// getbuffer(): a writable memoryview of the buffer itself, through a small exporter
// object (BytesIO itself is no buffer: bytes(BytesIO()) fails, as in CPython).
typedef struct {
    KrObject base;
    KrObject *bio;
} KrBytesIOBuffer;

static KrObject *bytesio_getbuffer(KrThread *ts, KrObject *self) {
    KrBytesIO *b = BIO(self);
    if (check_open(ts, b) < 0 || (!b->buf && reserve(ts, b, 1) < 0)) {
        return NULL;
    }
    KrBytesIOBuffer *e = (KrBytesIOBuffer *)kr_object_alloc(ts, &kr_io_bytesiobuf_type, sizeof(KrBytesIOBuffer));
    if (!e) {
        return NULL;
    }
    e->bio = KR_INCREF(self);
    KrObject *mv = kr_call1(ts, (KrObject *)&kr_memoryview_type, (KrObject *)e);
    KR_DECREF(ts, (KrObject *)e);
    return mv;
}

// Called with a NULL thread by memoryview: never fails (the memory is pinned).
static int bytesiobuf_buffer(KrThread *ts, KrObject *self, KrBuffer *view) {
    (void)ts;
    KrBytesIO *b = BIO(((KrBytesIOBuffer *)self)->bio);
    view->p = b->buf;
    view->n = b->size;
    view->format = 'B';
    view->itemsize = 1;
    return 0;
}

static void bytesiobuf_exports(KrObject *self, int delta) {
    BIO(((KrBytesIOBuffer *)self)->bio)->exports += delta;
}

static void bytesiobuf_dealloc(KrThread *ts, KrObject *self) {
    KR_DECREF(ts, ((KrBytesIOBuffer *)self)->bio);
    kr_object_free(ts, self);
}

KrType kr_io_bytesiobuf_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io._BytesIOBuffer",
    .basicsize = sizeof(KrBytesIOBuffer),
    .dealloc = bytesiobuf_dealloc,
    .buffer = bytesiobuf_buffer,
    .buffer_exports = bytesiobuf_exports,
};

// __getstate__: (value, position, dict or None).
static KrObject *bytesio_getstate(KrThread *ts, KrObject *self) {
    KrObject *value = bytesio_getvalue(ts, self);
    KrObject *pos = value ? kr_int_from_i64(ts, BIO(self)->pos) : NULL;
    KrObject *d = pos ? kr_io_iobase_state_dict(ts, self) : NULL;
    KrObject *r = d ? kr_tuple_pack(ts, 3, value, pos, d) : NULL;
    KR_XDECREF(ts, value);
    KR_XDECREF(ts, pos);
    KR_XDECREF(ts, d);
    return r;
}

static KrObject *bytesio_setstate(KrThread *ts, KrObject *self, KrObject *state) {
    KrBytesIO *b = BIO(self);
    const char *p;
    intptr_t n;
    if (check_exports(ts, b) < 0 ||
        kr_io_iobase_set_state(ts, self, state, 3, "second item of state must be an integer, not %s",
                               "third item of state should be a dict, got a %s") < 0 ||
        kr_bytes_buffer_req(ts, KR_TUPLE_ITEMS(state)[0], &p, &n) < 0) {
        return NULL;
    }
    int overflow = 0;
    int64_t pos = kr_int_as_i64(KR_TUPLE_ITEMS(state)[1], &overflow);
    b->size = b->pos = 0;
    if (write_at_pos(ts, b, p, n) < 0 || kr_io_iobase_set_state_dict(ts, self, KR_TUPLE_ITEMS(state)[2]) < 0) {
        return NULL;
    }
    b->pos = overflow ? INTPTR_MAX : (intptr_t)pos;
    KR_RETURN_NONE;
}

static KrObject *bytesio_true(KrThread *ts, KrObject *self) {
    if (check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    return kr_bool_from(true);
}

static KrObject *bytesio_isatty(KrThread *ts, KrObject *self) {
    if (check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    return kr_bool_from(false);
}

static KrObject *bytesio_flush(KrThread *ts, KrObject *self) {
    if (check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *bytesio_close(KrThread *ts, KrObject *self) {
    KrBytesIO *b = BIO(self);
    if (check_exports(ts, b) < 0) {
        return NULL;
    }
    b->closed = true;
    kr_mem_free(ts, b->buf);
    b->buf = NULL;
    b->size = b->alloc = 0;
    KR_RETURN_NONE;
}

static KrObject *bytesio_get_closed(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(BIO(self)->closed);
}

static KrObject *bytesio_iternext(KrThread *ts, KrObject *self) {
    if (check_open(ts, BIO(self)) < 0) {
        return NULL;
    }
    KrObject *line = bytesio_readline_impl(ts, BIO(self), -1);
    if (line && KR_BYTES_SIZE(line) == 0) {
        KR_CLEAR(ts, line);
    }
    return line;
}

static const KrMethodDef bytesio_methods[] = {
    {"__getstate__", (void *)bytesio_getstate, KR_METH_NOARGS, false, false, NULL},
    {"__setstate__", (void *)bytesio_setstate, KR_METH_O, false, false, NULL},
    {"read", (void *)bytesio_read, KR_METH_VARARGS, false, false, "Read at most size bytes."},
    {"read1", (void *)bytesio_read, KR_METH_VARARGS, false, false, "Read at most size bytes."},
    {"readline", (void *)bytesio_readline, KR_METH_VARARGS, false, false, "Next line from the file."},
    {"readlines", (void *)bytesio_readlines, KR_METH_VARARGS, false, false, "List of lines."},
    {"readinto", (void *)bytesio_readinto, KR_METH_O, false, false, "Read into a buffer."},
    {"write", (void *)bytesio_write, KR_METH_O, false, false, "Write bytes to file."},
    {"seek", (void *)bytesio_seek, KR_METH_VARARGS, false, false, "Change stream position."},
    {"tell", (void *)bytesio_tell, KR_METH_NOARGS, false, false, "Current file position."},
    {"truncate", (void *)bytesio_truncate, KR_METH_VARARGS, false, false, "Truncate the file."},
    {"getvalue", (void *)bytesio_getvalue, KR_METH_NOARGS, false, false, "Retrieve the entire contents."},
    {"getbuffer", (void *)bytesio_getbuffer, KR_METH_NOARGS, false, false, "Get a view of the contents."},
    {"readable", (void *)bytesio_true, KR_METH_NOARGS, false, false, NULL},
    {"writable", (void *)bytesio_true, KR_METH_NOARGS, false, false, NULL},
    {"seekable", (void *)bytesio_true, KR_METH_NOARGS, false, false, NULL},
    {"isatty", (void *)bytesio_isatty, KR_METH_NOARGS, false, false, NULL},
    {"flush", (void *)bytesio_flush, KR_METH_NOARGS, false, false, NULL},
    {"close", (void *)bytesio_close, KR_METH_NOARGS, false, false, "Disable all I/O operations."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef bytesio_getsets[] = {
    {"closed", bytesio_get_closed, NULL, "True if the file is closed."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_bytesio_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.BytesIO",
    .basicsize = sizeof(KrBytesIO),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,
    .base_type = &kr_io_bufferediobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .dealloc = bytesio_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .iternext = bytesio_iternext,
    .new_ = kr_io_iobase_new,
    .init = bytesio_init,
    .methods = bytesio_methods,
    .getsets = bytesio_getsets,
};
