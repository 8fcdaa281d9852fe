// SPDX-License-Identifier: MIT
// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair:
// buffering over a raw stream (a FileIO is driven directly, any other raw
// stream through its Python methods).
#include <string.h>

#include "io_impl.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"

#define BUF(o) ((KrBuffered *)(o))

// ---- the raw stream -------------------------------------------------------------------

static KrFileIO *raw_fileio(KrBuffered *b) {
    return KR_TYPE(b->raw) == &kr_io_fileio_type ? (KrFileIO *)b->raw : NULL;
}

// Is the raw stream closed? -1 on error.
static int raw_closed(KrThread *ts, KrBuffered *b) {
    KrFileIO *f = raw_fileio(b);
    return f ? f->fd < 0 : kr_io_module_is_closed(ts, b->raw);
}

// Reads up to n bytes from raw: the count, -1 on error, -2 when it would block.
static int64_t raw_read(KrThread *ts, KrBuffered *b, char *dst, intptr_t n) {
    KrFileIO *f = raw_fileio(b);
    if (f && f->fd >= 0 && f->readable) {
        return kr_io_fileio_read_raw(ts, f, dst, n);
    }
    KrObject *num = kr_int_from_i64(ts, n);
    KrObject *data = num ? kr_call_method_cstr(ts, b->raw, "read", &num, 1) : NULL;
    KR_XDECREF(ts, num);
    if (!data) {
        return -1;
    }
    if (data == KR_NONE) {
        return -2;
    }
    const char *p;
    intptr_t m;
    if (kr_bytes_buffer_req(ts, data, &p, &m) < 0) {
        KR_DECREF(ts, data);
        return -1;
    }
    if (m > n) {
        kr_err_format(ts, &kr_exc_OSError, "raw read() returned invalid length %lld (should have been between 0 and %lld)",
                      (long long)m, (long long)n);
        KR_DECREF(ts, data);
        return -1;
    }
    memcpy(dst, p, (size_t)m);
    KR_DECREF(ts, data);
    return m;
}

static int64_t raw_write(KrThread *ts, KrBuffered *b, const char *p, intptr_t n) {
    KrFileIO *f = raw_fileio(b);
    if (f && f->fd >= 0 && f->writable) {
        int64_t r = kr_port_fd_write(f->fd, p, (size_t)n);
        if (r < 0) {
            if (kr_port_errno_linux((int)-r) == 11) {
                return -2;
            }
            kr_io_module_raise_errno(ts, r, NULL);
            return -1;
        }
        return r;
    }
    KrObject *data = kr_bytes_from(ts, p, (size_t)n);
    KrObject *r = data ? kr_call_method_cstr(ts, b->raw, "write", &data, 1) : NULL;
    KR_XDECREF(ts, data);
    if (!r) {
        return -1;
    }
    if (r == KR_NONE) {
        return -2;
    }
    int64_t w = kr_io_module_size_arg(ts, r);
    KR_DECREF(ts, r);
    if (w == KR_IO_SIZE_ERR) {
        return -1;
    }
    if (w < 0 || w > n) {
        kr_err_format(ts, &kr_exc_OSError, "raw write() returned invalid length %lld (should have been between 0 and %lld)",
                      (long long)w, (long long)n);
        return -1;
    }
    return w;
}

static int64_t raw_seek(KrThread *ts, KrBuffered *b, int64_t pos, int whence) {
    KrFileIO *f = raw_fileio(b);
    if (f && f->fd >= 0) {
        int64_t r = kr_port_fd_seek(f->fd, pos, whence);
        if (r < 0) {
            kr_io_module_raise_errno(ts, r, NULL);
            return -1;
        }
        return r;
    }
    KrObject *p = kr_int_from_i64(ts, pos), *w = kr_int_from_i64(ts, whence);
    KrObject *argv[2] = {p, w};
    KrObject *r = p && w ? kr_call_method_cstr(ts, b->raw, "seek", argv, 2) : NULL;
    KR_XDECREF(ts, p);
    KR_XDECREF(ts, w);
    if (!r) {
        return -1;
    }
    int64_t v = kr_io_module_size_arg(ts, r);
    KR_DECREF(ts, r);
    if (v < 0) {
        if (v != KR_IO_SIZE_ERR) {
            kr_err_format(ts, &kr_exc_OSError, "Raw stream returned invalid position %lld", (long long)v);
        }
        return -1;
    }
    return v;
}

int kr_io_bufferedio_closed_fast(KrObject *o) {
    KrType *t = KR_TYPE(o);
    if (t != &kr_io_bufferedreader_type && t != &kr_io_bufferedwriter_type && t != &kr_io_bufferedrandom_type) {
        return -1;
    }
    KrBuffered *b = BUF(o);
    KrFileIO *f = b->raw && b->ok ? raw_fileio(b) : NULL;
    return f ? f->fd < 0 : -1;
}

// ---- state checks -----------------------------------------------------------------------

static int check_ready(KrThread *ts, KrBuffered *b) {
    if (b->detached) {
        kr_err_set_str(ts, &kr_exc_ValueError, "raw stream has been detached");
        return -1;
    }
    if (!b->ok || !b->raw) {
        kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

// check_ready, then ValueError(msg) when the raw stream is closed.
static int check_open(KrThread *ts, KrBuffered *b, const char *msg) {
    if (check_ready(ts, b) < 0) {
        return -1;
    }
    int c = raw_closed(ts, b);
    if (c > 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, msg);
        return -1;
    }
    return c;
}

// ---- buffer management ---------------------------------------------------------------

// Writes out the write buffer.
static int flush_writes(KrThread *ts, KrBuffered *b) {
    intptr_t done = 0;
    while (done < b->wlen) {
        int64_t w = raw_write(ts, b, b->wbuf + done, b->wlen - done);
        if (w == -1) {
            goto error;
        }
        if (w == -2) {
            kr_err_set_str(ts, &kr_exc_BlockingIOError, "write could not complete without blocking");
            goto error;
        }
        done += (intptr_t)w;
    }
    b->wlen = 0;
    return 0;

error:
    memmove(b->wbuf, b->wbuf + done, (size_t)(b->wlen - done));
    b->wlen -= done;
    return -1;
}

// Forgets the read-ahead, moving the raw position back to the logical one.
static int drop_reads(KrThread *ts, KrBuffered *b) {
    intptr_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead > 0 && raw_seek(ts, b, -(int64_t)ahead, 1) < 0) {
        return -1;
    }
    return 0;
}

// Before reading: pending writes go out first.
static int prepare_read(KrThread *ts, KrBuffered *b) {
    return b->wlen > 0 ? flush_writes(ts, b) : 0;
}

// Refills the (empty) read buffer with one raw read: the count, -1 / -2.
static int64_t fill(KrThread *ts, KrBuffered *b) {
    b->rpos = b->rlen = 0;
    int64_t got = raw_read(ts, b, b->rbuf, b->size);
    if (got > 0) {
        b->rlen = (intptr_t)got;
    }
    return got;
}

// ---- construction ----------------------------------------------------------------------

static int setup(KrThread *ts, KrBuffered *b, KrObject *raw, intptr_t size) {
    if (size <= 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    KrType *t = KR_TYPE(b);
    b->can_read = kr_type_is_subtype(t, &kr_io_bufferedreader_type) || kr_type_is_subtype(t, &kr_io_bufferedrandom_type);
    b->can_write = kr_type_is_subtype(t, &kr_io_bufferedwriter_type) || kr_type_is_subtype(t, &kr_io_bufferedrandom_type);
    static const char *const checks[2][2] = {{"readable", "File or stream is not readable."},
                                             {"writable", "File or stream is not writable."}};
    for (int i = 0; i < 2; i++) {
        if (!(i == 0 ? b->can_read : b->can_write)) {
            continue;
        }
        KrObject *r = kr_call_method_cstr(ts, raw, checks[i][0], NULL, 0);
        int ok = r ? kr_is_true(ts, r) : -1;
        KR_XDECREF(ts, r);
        if (ok < 0) {
            return -1;
        }
        if (!ok) {
            kr_io_module_raise_unsupported(ts, checks[i][1]);
            return -1;
        }
    }
    char *rbuf = kr_mem_alloc(ts, (size_t)size);
    char *wbuf = rbuf ? kr_mem_alloc(ts, (size_t)size) : NULL;
    if (!wbuf) {
        kr_mem_free(ts, rbuf);
        return -1;
    }
    kr_mem_free(ts, b->rbuf);
    kr_mem_free(ts, b->wbuf);
    b->rbuf = rbuf;
    b->wbuf = wbuf;
    b->size = size;
    b->rpos = b->rlen = b->wlen = 0;
    KR_SETREF(ts, b->raw, KR_INCREF(raw));
    b->ok = true;
    b->detached = false;
    return 0;
}

KrObject *kr_io_bufferedio_new(KrThread *ts, KrType *type, KrObject *raw, intptr_t size) {
    KrObject *o = kr_io_iobase_new(ts, type, NULL, 0, NULL);
    if (o && setup(ts, BUF(o), raw, size) < 0) {
        KR_CLEAR(ts, o);
    }
    return o;
}

static int buffered_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"raw", "buffer_size", NULL};
    KrObject *v[2] = {NULL, NULL};
    if (kr_parse_args(ts, kr_type_name_cstr(KR_TYPE(self)), args, nargs, kwnames, names, 1, 0, 2, v) < 0) {
        return -1;
    }
    int64_t size = KR_IO_DEFAULT_BUFFER_SIZE;
    if (v[1]) {
        size = kr_io_module_size_arg(ts, v[1]);
        if (size == KR_IO_SIZE_ERR) {
            return -1;
        }
        if (size <= 0) {
            size = 0;
        }
    }
    return setup(ts, BUF(self), v[0], (intptr_t)size);
}

static void buffered_dealloc(KrThread *ts, KrObject *o) {
    if (kr_io_module_finalize(ts, o)) {
        return;
    }
    KrBuffered *b = BUF(o);
    KR_CLEAR(ts, b->raw);
    kr_mem_free(ts, b->rbuf);
    kr_mem_free(ts, b->wbuf);
    KR_CLEAR(ts, b->head.dict);
    kr_object_free(ts, o);
}

static void buffered_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (BUF(o)->raw) {
        visit(ts, BUF(o)->raw, arg);
    }
    kr_io_iobase_traverse(ts, o, visit, arg);
}

static int buffered_clear(KrThread *ts, KrObject *o) {
    kr_io_module_close_once(ts, o);
    KR_CLEAR(ts, BUF(o)->raw);
    return kr_io_iobase_clear(ts, o);
}

// ---- reading ------------------------------------------------------------------------------

// Everything to EOF: the buffered bytes, then the raw stream's readall().
static KrObject *read_all(KrThread *ts, KrBuffered *b) {
    KrByteBuf out = {0};
    if (kr_bytes_buf_add(ts, &out, b->rbuf + b->rpos, b->rlen - b->rpos) < 0) {
        return NULL;
    }
    b->rpos = b->rlen = 0;
    KrObject *name = kr_str_intern_cstr(ts, "readall");
    KrObject *has = name ? kr_type_lookup(ts, KR_TYPE(b->raw), name) : NULL;
    KR_XDECREF(ts, name);
    if (!has) {
        // No readall(): read chunks until EOF.
        for (;;) {
            if (out.cap - out.n < b->size) {
                char *p = kr_mem_realloc(ts, out.p, (size_t)(out.n + b->size));
                if (!p) {
                    kr_bytes_buf_discard(ts, &out);
                    return NULL;
                }
                out.p = p;
                out.cap = out.n + b->size;
            }
            int64_t got = raw_read(ts, b, out.p + out.n, b->size);
            if (got == -1) {
                kr_bytes_buf_discard(ts, &out);
                return NULL;
            }
            if (got <= 0) {
                if (got == -2 && out.n == 0) {
                    kr_bytes_buf_discard(ts, &out);
                    KR_RETURN_NONE;
                }
                break;
            }
            out.n += (intptr_t)got;
        }
        return kr_bytes_buf_finish(ts, &out, false);
    }
    KrObject *rest = kr_call_method_cstr(ts, b->raw, "readall", NULL, 0);
    if (!rest) {
        kr_bytes_buf_discard(ts, &out);
        return NULL;
    }
    if (rest == KR_NONE) {
        if (out.n == 0) {
            kr_bytes_buf_discard(ts, &out);
            return rest;
        }
        KR_DECREF(ts, rest);
        return kr_bytes_buf_finish(ts, &out, false);
    }
    const char *p;
    intptr_t n;
    int rc = kr_bytes_buffer_req(ts, rest, &p, &n);
    if (rc < 0 || kr_bytes_buf_add(ts, &out, p, n) < 0) {
        KR_DECREF(ts, rest);
        kr_bytes_buf_discard(ts, &out);
        return NULL;
    }
    KR_DECREF(ts, rest);
    return kr_bytes_buf_finish(ts, &out, false);
}

// read(n) for n >= 0: loops until n bytes or EOF.
static KrObject *read_n(KrThread *ts, KrBuffered *b, intptr_t n) {
    intptr_t avail = b->rlen - b->rpos;
    if (avail >= n) {
        KrObject *r = kr_bytes_from(ts, b->rbuf + b->rpos, (size_t)n);
        if (r) {
            b->rpos += n;
        }
        return r;
    }
    KrObject *res = kr_bytes_new(ts, n);
    if (!res) {
        return NULL;
    }
    char *dst = KR_BYTES_DATA(res);
    memcpy(dst, b->rbuf + b->rpos, (size_t)avail);
    intptr_t have = avail;
    b->rpos = b->rlen = 0;
    bool blocked = false;
    while (have < n) {
        intptr_t want = n - have;
        int64_t got;
        if (want >= b->size) {
            got = raw_read(ts, b, dst + have, want);
        } else {
            got = fill(ts, b);
            if (got > 0) {
                intptr_t take = got < want ? (intptr_t)got : want;
                memcpy(dst + have, b->rbuf, (size_t)take);
                b->rpos = take;
                got = take;
            }
        }
        if (got == -1) {
            KR_DECREF(ts, res);
            return NULL;
        }
        if (got == -2) {
            blocked = true;
            break;
        }
        if (got == 0) {
            break;
        }
        have += (intptr_t)got;
    }
    if (have == n) {
        return res;
    }
    if (have == 0 && blocked) {
        KR_DECREF(ts, res);
        KR_RETURN_NONE;
    }
    KrObject *r = kr_bytes_from(ts, dst, (size_t)have);
    KR_DECREF(ts, res);
    return r;
}

static KrObject *buffered_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size_obj = NULL;
    if (kr_parse_args(ts, "read", args, nargs, kw, names, 0, 1, 1, &size_obj) < 0) {
        return NULL;
    }
    KrBuffered *b = BUF(self);
    int64_t n = kr_io_module_size_arg(ts, size_obj);
    if (n == KR_IO_SIZE_ERR || check_open(ts, b, "read of closed file") < 0) {
        return NULL;
    }
    if (n < -1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "read length must be non-negative or -1");
        return NULL;
    }
    if (prepare_read(ts, b) < 0) {
        return NULL;
    }
    return n < 0 ? read_all(ts, b) : read_n(ts, b, (intptr_t)n);
}

static KrObject *buffered_read1(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size_obj = NULL;
    if (kr_parse_args(ts, "read1", args, nargs, kw, names, 0, 1, 1, &size_obj) < 0) {
        return NULL;
    }
    KrBuffered *b = BUF(self);
    int64_t n = kr_io_module_size_arg(ts, size_obj);
    if (n == KR_IO_SIZE_ERR || check_open(ts, b, "read of closed file") < 0 || prepare_read(ts, b) < 0) {
        return NULL;
    }
    if (n < 0) {
        n = b->size;
    }
    if (n == 0) {
        return kr_bytes_from(ts, "", 0);
    }
    if (b->rlen - b->rpos == 0) {
        if (n > b->size) {
            return read_n(ts, b, (intptr_t)n);
        }
        int64_t got = fill(ts, b);
        if (got == -1) {
            return NULL;
        }
        if (got == -2) {
            KR_RETURN_NONE;
        }
    }
    intptr_t avail = b->rlen - b->rpos;
    intptr_t take = avail < n ? avail : (intptr_t)n;
    KrObject *r = kr_bytes_from(ts, b->rbuf + b->rpos, (size_t)take);
    if (r) {
        b->rpos += take;
    }
    return r;
}

static KrObject *buffered_peek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "peek", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    (void)args;
    KrBuffered *b = BUF(self);
    if (check_open(ts, b, "peek of closed file") < 0 || prepare_read(ts, b) < 0) {
        return NULL;
    }
    if (b->rlen - b->rpos == 0) {
        int64_t got = fill(ts, b);
        if (got == -1) {
            return NULL;
        }
    }
    return kr_bytes_from(ts, b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
}

static KrObject *buffered_readline_impl(KrThread *ts, KrBuffered *b, int64_t limit) {
    if (check_open(ts, b, "readline of closed file") < 0 || prepare_read(ts, b) < 0) {
        return NULL;
    }
    KrByteBuf out = {0};
    for (;;) {
        intptr_t avail = b->rlen - b->rpos;
        if (limit >= 0 && avail > limit - out.n) {
            avail = (intptr_t)(limit - out.n);
        }
        const char *start = b->rbuf + b->rpos;
        const char *nl = avail > 0 ? memchr(start, '\n', (size_t)avail) : NULL;
        intptr_t take = nl ? (intptr_t)(nl - start) + 1 : avail;
        if (take > 0 && kr_bytes_buf_add(ts, &out, start, take) < 0) {
            goto error;
        }
        b->rpos += take;
        if (nl || (limit >= 0 && out.n >= limit)) {
            break;
        }
        int64_t got = fill(ts, b);
        if (got == -1) {
            goto error;
        }
        if (got <= 0) {
            break;
        }
    }
    return kr_bytes_buf_finish(ts, &out, false);

error:
    kr_bytes_buf_discard(ts, &out);
    return NULL;
}

static KrObject *buffered_readline(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size_obj = NULL;
    if (kr_parse_args(ts, "readline", args, nargs, kw, names, 0, 1, 1, &size_obj) < 0) {
        return NULL;
    }
    int64_t limit = kr_io_module_size_arg(ts, size_obj);
    if (limit == KR_IO_SIZE_ERR) {
        return NULL;
    }
    return buffered_readline_impl(ts, BUF(self), limit);
}

static KrObject *buffered_iternext(KrThread *ts, KrObject *self) {
    if (KR_TYPE(self)->flags & KR_TYPE_HEAP) {
        // A subclass may override readline().
        KrObject *line = kr_call_method_cstr(ts, self, "readline", NULL, 0);
        if (line && kr_len(ts, line) <= 0) {
            KR_CLEAR(ts, line);
        }
        return line;
    }
    KrObject *line = buffered_readline_impl(ts, BUF(self), -1);
    if (line && KR_BYTES_SIZE(line) == 0) {
        KR_CLEAR(ts, line);
    }
    return line;
}

// readinto(b) / readinto1(b).
static KrObject *readinto_common(KrThread *ts, KrObject *self, KrObject *buf, bool one) {
    KrBuffered *b = BUF(self);
    char *p;
    intptr_t n;
    if (check_open(ts, b, "readinto of closed file") < 0 || kr_io_module_writable_buffer(ts, buf, &p, &n) < 0 ||
        prepare_read(ts, b) < 0) {
        return NULL;
    }
    intptr_t have = 0;
    while (have < n) {
        intptr_t avail = b->rlen - b->rpos;
        if (avail > 0) {
            intptr_t take = avail < n - have ? avail : n - have;
            memcpy(p + have, b->rbuf + b->rpos, (size_t)take);
            b->rpos += take;
            have += take;
            continue;
        }
        if (one && have > 0) {
            break;
        }
        int64_t got = n - have >= b->size ? raw_read(ts, b, p + have, n - have) : fill(ts, b);
        if (got == -1) {
            return NULL;
        }
        if (got == -2) {
            if (have == 0) {
                KR_RETURN_NONE;
            }
            break;
        }
        if (got == 0) {
            break;
        }
        if (n - have >= b->size) {
            have += (intptr_t)got;
        }
        if (one && b->rlen == 0) {
            break;
        }
    }
    return kr_int_from_i64(ts, have);
}

static KrObject *buffered_readinto(KrThread *ts, KrObject *self, KrObject *buf) {
    return readinto_common(ts, self, buf, false);
}

static KrObject *buffered_readinto1(KrThread *ts, KrObject *self, KrObject *buf) {
    return readinto_common(ts, self, buf, true);
}

// ---- writing ---------------------------------------------------------------------------------

// The body of write(): 0 or -1.
static int write_bytes(KrThread *ts, KrBuffered *b, const char *p, intptr_t n) {
    int c = raw_closed(ts, b);
    if (c != 0) {
        if (c > 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "write to closed file");
        }
        return -1;
    }
    if (b->rlen > 0 && drop_reads(ts, b) < 0) {
        return -1;
    }
    if (b->wlen + n > b->size && flush_writes(ts, b) < 0) {
        return -1;
    }
    if (n >= b->size) {
        intptr_t done = 0;
        while (done < n) {
            int64_t w = raw_write(ts, b, p + done, n - done);
            if (w < 0) {
                if (w == -2) {
                    kr_err_set_str(ts, &kr_exc_BlockingIOError, "write could not complete without blocking");
                }
                return -1;
            }
            done += (intptr_t)w;
        }
    } else {
        memcpy(b->wbuf + b->wlen, p, (size_t)n);
        b->wlen += n;
    }
    return 0;
}

int kr_io_bufferedio_write_fast(KrThread *ts, KrObject *o, const char *p, intptr_t n) {
    KrType *t = KR_TYPE(o);
    if ((t != &kr_io_bufferedwriter_type && t != &kr_io_bufferedrandom_type) || !BUF(o)->ok) {
        return -2;
    }
    return write_bytes(ts, BUF(o), p, n);
}

static KrObject *buffered_write(KrThread *ts, KrObject *self, KrObject *data) {
    KrBuffered *b = BUF(self);
    const char *p;
    intptr_t n;
    if (check_ready(ts, b) < 0 || kr_bytes_buffer_req(ts, data, &p, &n) < 0 || write_bytes(ts, b, p, n) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *buffered_flush(KrThread *ts, KrObject *self) {
    KrBuffered *b = BUF(self);
    if (!b->can_write) {
        // A reader's flush is the raw stream's.
        return check_ready(ts, b) < 0 ? NULL : kr_call_method_cstr(ts, b->raw, "flush", NULL, 0);
    }
    if (check_open(ts, b, "flush of closed file") < 0 || flush_writes(ts, b) < 0) {
        return NULL;
    }
    if (b->can_read && b->rlen > 0 && drop_reads(ts, b) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// ---- positioning ------------------------------------------------------------------------------

static KrObject *buffered_tell(KrThread *ts, KrObject *self) {
    KrBuffered *b = BUF(self);
    if (check_open(ts, b, "I/O operation on closed file") < 0) {
        return NULL;
    }
    int64_t pos = raw_seek(ts, b, 0, 1);
    if (pos < 0) {
        return NULL;
    }
    pos += b->wlen - (b->rlen - b->rpos);
    return kr_int_from_i64(ts, pos < 0 ? 0 : pos);
}

static KrObject *buffered_seek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "seek", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    KrBuffered *b = BUF(self);
    if (check_ready(ts, b) < 0) {
        return NULL;
    }
    int64_t whence = 0;
    if (nargs > 1) {
        whence = kr_io_module_size_arg(ts, args[1]);
        if (whence == KR_IO_SIZE_ERR) {
            return NULL;
        }
    }
    if (whence < 0 || whence > 2) {
        kr_err_format(ts, &kr_exc_ValueError, "whence value %lld unsupported", (long long)whence);
        return NULL;
    }
    if (check_open(ts, b, "seek of closed file") < 0) {
        return NULL;
    }
    if (!kr_int_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return NULL;
    }
    int ovf;
    int64_t pos = kr_int_as_i64(args[0], &ovf);
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_ValueError, "cannot fit 'int' into an offset-sized integer");
        return NULL;
    }
    if (flush_writes(ts, b) < 0) {
        return NULL;
    }
    if (whence == 1) {
        pos -= b->rlen - b->rpos;
    }
    b->rpos = b->rlen = 0;
    int64_t r = raw_seek(ts, b, pos, (int)whence);
    return r < 0 ? NULL : kr_int_from_i64(ts, r);
}

static KrObject *buffered_truncate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "truncate", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrBuffered *b = BUF(self);
    if (check_open(ts, b, "truncate of closed file") < 0) {
        return NULL;
    }
    if (!b->can_write) {
        return kr_io_module_raise_unsupported(ts, "truncate");
    }
    if (flush_writes(ts, b) < 0 || (b->rlen > 0 && drop_reads(ts, b) < 0)) {
        return NULL;
    }
    KrObject *pos = nargs > 0 ? KR_INCREF(args[0]) : NULL;
    if (!pos || pos == KR_NONE) {
        KR_XDECREF(ts, pos);
        pos = buffered_tell(ts, self);
        if (!pos) {
            return NULL;
        }
    }
    KrObject *r = kr_call_method_cstr(ts, b->raw, "truncate", &pos, 1);
    KR_DECREF(ts, pos);
    return r;
}

// ---- closing and delegation ------------------------------------------------------------------

static KrObject *buffered_close(KrThread *ts, KrObject *self) {
    KrBuffered *b = BUF(self);
    if (check_ready(ts, b) < 0) {
        return NULL;
    }
    int c = raw_closed(ts, b);
    if (c != 0) {
        return c > 0 ? KR_INCREF(KR_NONE) : NULL;
    }
    KrObject *r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
    KrObject *flush_exc = r ? NULL : kr_err_fetch(ts);
    KR_XDECREF(ts, r);
    b->rpos = b->rlen = 0;
    r = kr_call_method_cstr(ts, b->raw, "close", NULL, 0);
    if (!r) {
        KR_XDECREF(ts, flush_exc); // the close error wins, as in CPython (with the flush error as context)
        return NULL;
    }
    KR_DECREF(ts, r);
    if (flush_exc) {
        kr_err_restore(ts, flush_exc);
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *buffered_detach(KrThread *ts, KrObject *self) {
    KrBuffered *b = BUF(self);
    if (check_ready(ts, b) < 0) {
        return NULL;
    }
    KrObject *r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KrObject *raw = b->raw;
    b->raw = NULL;
    b->detached = true;
    return raw;
}

// A method forwarded to the raw stream.
static KrObject *forward(KrThread *ts, KrObject *self, const char *name) {
    KrBuffered *b = BUF(self);
    if (check_ready(ts, b) < 0) {
        return NULL;
    }
    return kr_call_method_cstr(ts, b->raw, name, NULL, 0);
}

static KrObject *buffered_fileno(KrThread *ts, KrObject *self) {
    return forward(ts, self, "fileno");
}

static KrObject *buffered_isatty(KrThread *ts, KrObject *self) {
    return forward(ts, self, "isatty");
}

static KrObject *buffered_seekable(KrThread *ts, KrObject *self) {
    return forward(ts, self, "seekable");
}

static KrObject *buffered_readable(KrThread *ts, KrObject *self) {
    return forward(ts, self, "readable");
}

static KrObject *buffered_writable(KrThread *ts, KrObject *self) {
    return forward(ts, self, "writable");
}

static KrObject *raw_attr(KrThread *ts, KrObject *self, const char *name) {
    KrBuffered *b = BUF(self);
    if (check_ready(ts, b) < 0) {
        return NULL;
    }
    return kr_getattr_cstr(ts, b->raw, name);
}

static KrObject *buffered_get_closed(KrThread *ts, KrObject *self) {
    return raw_attr(ts, self, "closed");
}

static KrObject *buffered_get_name(KrThread *ts, KrObject *self) {
    return raw_attr(ts, self, "name");
}

static KrObject *buffered_get_mode(KrThread *ts, KrObject *self) {
    return raw_attr(ts, self, "mode");
}

static KrObject *buffered_get_raw(KrThread *ts, KrObject *self) {
    KrBuffered *b = BUF(self);
    if (check_ready(ts, b) < 0) {
        return NULL;
    }
    return KR_INCREF(b->raw);
}

static KrObject *buffered_repr(KrThread *ts, KrObject *self) {
    const char *tname = kr_type_name_cstr(KR_TYPE(self));
    const char *qual = (KR_TYPE(self)->flags & KR_TYPE_HEAP) ? "" : "_io.";
    KrBuffered *b = BUF(self);
    KrObject *name = b->raw ? kr_getattr_opt(ts, b->raw, KR_ID(ts, name)) : NULL;
    if (!name) {
        if (kr_err_occurred(ts) && !kr_err_matches(ts, &kr_exc_ValueError)) {
            return NULL;
        }
        kr_err_clear(ts);
        return kr_str_from_format(ts, "<%s%s>", qual, tname);
    }
    if (kr_repr_enter(ts, self) != 0) {
        KR_DECREF(ts, name);
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_RuntimeError, "reentrant call inside %s%s.__repr__", qual, tname);
        }
        return NULL;
    }
    KrObject *r = kr_str_from_format(ts, "<%s%s name=%R>", qual, tname, name);
    kr_repr_leave(ts, self);
    KR_DECREF(ts, name);
    return r;
}

#define COMMON_METHODS                                                                          \
    {"close", (void *)buffered_close, KR_METH_NOARGS, false, false, NULL},                     \
    {"detach", (void *)buffered_detach, KR_METH_NOARGS, false, false, NULL},                   \
    {"flush", (void *)buffered_flush, KR_METH_NOARGS, false, false, NULL},                     \
    {"seek", (void *)buffered_seek, KR_METH_VARARGS, false, false, NULL},                      \
    {"tell", (void *)buffered_tell, KR_METH_NOARGS, false, false, NULL},                       \
    {"truncate", (void *)buffered_truncate, KR_METH_VARARGS, false, false, NULL},              \
    {"fileno", (void *)buffered_fileno, KR_METH_NOARGS, false, false, NULL},                   \
    {"isatty", (void *)buffered_isatty, KR_METH_NOARGS, false, false, NULL},                   \
    {"seekable", (void *)buffered_seekable, KR_METH_NOARGS, false, false, NULL}

#define READ_METHODS                                                                            \
    {"read", (void *)buffered_read, KR_METH_VARARGS, false, false, NULL},                      \
    {"read1", (void *)buffered_read1, KR_METH_VARARGS, false, false, NULL},                    \
    {"peek", (void *)buffered_peek, KR_METH_VARARGS, false, false, NULL},                      \
    {"readline", (void *)buffered_readline, KR_METH_VARARGS, false, false, NULL},              \
    {"readinto", (void *)buffered_readinto, KR_METH_O, false, false, NULL},                    \
    {"readinto1", (void *)buffered_readinto1, KR_METH_O, false, false, NULL},                  \
    {"readable", (void *)buffered_readable, KR_METH_NOARGS, false, false, NULL}

#define WRITE_METHODS                                                                           \
    {"write", (void *)buffered_write, KR_METH_O, false, false, NULL},                          \
    {"writable", (void *)buffered_writable, KR_METH_NOARGS, false, false, NULL}

static const KrMethodDef reader_methods[] = {COMMON_METHODS, READ_METHODS, {NULL, NULL, 0, false, false, NULL}};
static const KrMethodDef writer_methods[] = {COMMON_METHODS, WRITE_METHODS, {NULL, NULL, 0, false, false, NULL}};
static const KrMethodDef random_methods[] = {COMMON_METHODS, READ_METHODS, WRITE_METHODS,
                                             {NULL, NULL, 0, false, false, NULL}};

static const KrGetSetDef buffered_getsets[] = {
    {"closed", buffered_get_closed, NULL, NULL},
    {"name", buffered_get_name, NULL, NULL},
    {"mode", buffered_get_mode, NULL, NULL},
    {"raw", buffered_get_raw, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define BUFFERED_TYPE(cname, pyname, methods_, doc_)                                             \
    KrType cname = {                                                                            \
        .base = KR_STATIC_HEAD(&kr_type_type),                                                  \
        .name = pyname,                                                                         \
        .basicsize = sizeof(KrBuffered),                                                        \
        .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,                              \
        .base_type = &kr_io_bufferediobase_type,                                                \
        .dictoffset = offsetof(KrIOBase, dict),                                                 \
        .doc = doc_,                                                                            \
        .dealloc = buffered_dealloc,                                                            \
        .traverse = buffered_traverse,                                                          \
        .clear = buffered_clear,                                                                \
        .repr = buffered_repr,                                                                  \
        .iternext = buffered_iternext,                                                          \
        .new_ = kr_io_iobase_new,                                                               \
        .init = buffered_init,                                                                  \
        .methods = methods_,                                                                    \
        .getsets = buffered_getsets,                                                            \
    }

BUFFERED_TYPE(kr_io_bufferedreader_type, "_io.BufferedReader", reader_methods,
              "Create a new buffered reader using the given readable raw IO object.");
BUFFERED_TYPE(kr_io_bufferedwriter_type, "_io.BufferedWriter", writer_methods,
              "A buffer for a writeable sequential RawIO object.");
BUFFERED_TYPE(kr_io_bufferedrandom_type, "_io.BufferedRandom", random_methods,
              "A buffered interface to random access streams.");

// ---- BufferedRWPair ---------------------------------------------------------------------------

#define PAIR(o) ((KrRWPair *)(o))

static int rwpair_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "BufferedRWPair", nargs, kwnames, 2, 3) < 0) {
        return -1;
    }
    int64_t size = KR_IO_DEFAULT_BUFFER_SIZE;
    if (nargs > 2) {
        size = kr_io_module_size_arg(ts, args[2]);
        if (size == KR_IO_SIZE_ERR) {
            return -1;
        }
    }
    KrObject *r = kr_io_bufferedio_new(ts, &kr_io_bufferedreader_type, args[0], (intptr_t)size);
    if (!r) {
        return -1;
    }
    KrObject *w = kr_io_bufferedio_new(ts, &kr_io_bufferedwriter_type, args[1], (intptr_t)size);
    if (!w) {
        KR_DECREF(ts, r);
        return -1;
    }
    KR_SETREF(ts, PAIR(self)->reader, r);
    KR_SETREF(ts, PAIR(self)->writer, w);
    return 0;
}

static void rwpair_dealloc(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, PAIR(o)->reader);
    KR_CLEAR(ts, PAIR(o)->writer);
    KR_CLEAR(ts, PAIR(o)->head.dict);
    kr_object_free(ts, o);
}

static void rwpair_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (PAIR(o)->reader) {
        visit(ts, PAIR(o)->reader, arg);
    }
    if (PAIR(o)->writer) {
        visit(ts, PAIR(o)->writer, arg);
    }
    kr_io_iobase_traverse(ts, o, visit, arg);
}

static int rwpair_clear(KrThread *ts, KrObject *o) {
    kr_io_module_close_once(ts, o);
    KR_CLEAR(ts, PAIR(o)->reader);
    KR_CLEAR(ts, PAIR(o)->writer);
    return kr_io_iobase_clear(ts, o);
}

// Forwards a call to the reader (which = 0) or the writer.
static KrObject *pair_call(KrThread *ts, KrObject *self, int which, const char *name, KrObject *const *args,
                           size_t nargs) {
    KrObject *target = which ? PAIR(self)->writer : PAIR(self)->reader;
    if (!target) {
        kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return kr_call_method_cstr(ts, target, name, args, nargs);
}

static KrObject *rwpair_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)kw;
    return pair_call(ts, self, 0, "read", args, nargs);
}

static KrObject *rwpair_read1(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)kw;
    return pair_call(ts, self, 0, "read1", args, nargs);
}

static KrObject *rwpair_peek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)kw;
    return pair_call(ts, self, 0, "peek", args, nargs);
}

static KrObject *rwpair_readinto(KrThread *ts, KrObject *self, KrObject *buf) {
    return pair_call(ts, self, 0, "readinto", &buf, 1);
}

static KrObject *rwpair_readable(KrThread *ts, KrObject *self) {
    return pair_call(ts, self, 0, "readable", NULL, 0);
}

static KrObject *rwpair_write(KrThread *ts, KrObject *self, KrObject *data) {
    return pair_call(ts, self, 1, "write", &data, 1);
}

static KrObject *rwpair_flush(KrThread *ts, KrObject *self) {
    return pair_call(ts, self, 1, "flush", NULL, 0);
}

static KrObject *rwpair_writable(KrThread *ts, KrObject *self) {
    return pair_call(ts, self, 1, "writable", NULL, 0);
}

static KrObject *rwpair_isatty(KrThread *ts, KrObject *self) {
    KrObject *r = pair_call(ts, self, 1, "isatty", NULL, 0);
    if (!r || r == kr_bool_from(true)) {
        return r;
    }
    KR_DECREF(ts, r);
    return pair_call(ts, self, 0, "isatty", NULL, 0);
}

static KrObject *rwpair_close(KrThread *ts, KrObject *self) {
    KrObject *r = pair_call(ts, self, 1, "close", NULL, 0);
    KrObject *exc = r ? NULL : kr_err_fetch(ts);
    KR_XDECREF(ts, r);
    r = pair_call(ts, self, 0, "close", NULL, 0);
    if (exc) {
        KR_XDECREF(ts, r);
        kr_err_clear(ts);
        kr_err_restore(ts, exc);
        return NULL;
    }
    return r;
}

static KrObject *rwpair_get_closed(KrThread *ts, KrObject *self) {
    if (!PAIR(self)->writer) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
        return NULL;
    }
    return kr_getattr_cstr(ts, PAIR(self)->writer, "closed");
}

static const KrMethodDef rwpair_methods[] = {
    {"read", (void *)rwpair_read, KR_METH_VARARGS, false, false, NULL},
    {"peek", (void *)rwpair_peek, KR_METH_VARARGS, false, false, NULL},
    {"read1", (void *)rwpair_read1, KR_METH_VARARGS, false, false, NULL},
    {"readinto", (void *)rwpair_readinto, KR_METH_O, false, false, NULL},
    {"write", (void *)rwpair_write, KR_METH_O, false, false, NULL},
    {"flush", (void *)rwpair_flush, KR_METH_NOARGS, false, false, NULL},
    {"readable", (void *)rwpair_readable, KR_METH_NOARGS, false, false, NULL},
    {"writable", (void *)rwpair_writable, KR_METH_NOARGS, false, false, NULL},
    {"close", (void *)rwpair_close, KR_METH_NOARGS, false, false, NULL},
    {"isatty", (void *)rwpair_isatty, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef rwpair_getsets[] = {
    {"closed", rwpair_get_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_bufferedrwpair_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.BufferedRWPair",
    .basicsize = sizeof(KrRWPair),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,
    .base_type = &kr_io_bufferediobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "A buffered reader and writer object together.",
    .dealloc = rwpair_dealloc,
    .traverse = rwpair_traverse,
    .clear = rwpair_clear,
    .new_ = kr_io_iobase_new,
    .init = rwpair_init,
    .methods = rwpair_methods,
    .getsets = rwpair_getsets,
};
