// SPDX-License-Identifier: MIT
// The abstract io classes: _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase.
// Their methods reach the concrete stream through method lookup on self, so
// Python subclasses that define readinto() or read() get the rest for free.
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

// ---- object lifetime (shared by every io type) ----------------------------------

KrObject *kr_io_iobase_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return kr_object_alloc(ts, type, type->basicsize);
}

static void iobase_dealloc(KrThread *ts, KrObject *o) {
    if (kr_io_module_finalize(ts, o)) {
        return;
    }
    KR_CLEAR(ts, ((KrIOBase *)o)->dict);
    kr_object_free(ts, o);
}

void kr_io_iobase_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrObject *d = ((KrIOBase *)o)->dict;
    if (d) {
        visit(ts, d, arg);
    }
}

int kr_io_iobase_clear(KrThread *ts, KrObject *o) {
    kr_io_module_close_once(ts, o);
    KR_CLEAR(ts, ((KrIOBase *)o)->dict);
    return 0;
}

// ---- _IOBase ----------------------------------------------------------------------

// Raises ValueError when self.closed; -1 on error.
static int check_closed(KrThread *ts, KrObject *self) {
    int c = kr_io_module_is_closed(ts, self);
    if (c > 0) {
        kr_io_module_closed_error(ts);
        return -1;
    }
    return c;
}

static KrObject *iobase_seek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return kr_io_module_raise_unsupported(ts, "seek");
}

static KrObject *iobase_tell(KrThread *ts, KrObject *self) {
    KrObject *zero = kr_int_from_i64(ts, 0), *one = kr_int_from_i64(ts, 1);
    KrObject *argv[2] = {zero, one};
    KrObject *r = zero && one ? kr_call_method_cstr(ts, self, "seek", argv, 2) : NULL;
    KR_XDECREF(ts, zero);
    KR_XDECREF(ts, one);
    return r;
}

static KrObject *iobase_truncate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return kr_io_module_raise_unsupported(ts, "truncate");
}

static KrObject *iobase_fileno(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_io_module_raise_unsupported(ts, "fileno");
}

static KrObject *iobase_flush(KrThread *ts, KrObject *self) {
    if (((KrIOBase *)self)->iobase_closed) {
        return kr_io_module_closed_error(ts);
    }
    KR_RETURN_NONE;
}

static KrObject *iobase_close(KrThread *ts, KrObject *self) {
    KrIOBase *b = (KrIOBase *)self;
    if (b->iobase_closed) {
        KR_RETURN_NONE;
    }
    KrObject *r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
    b->iobase_closed = true;
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KR_RETURN_NONE;
}

static KrObject *iobase_get_closed(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrIOBase *)self)->iobase_closed);
}

static KrObject *iobase_false(KrThread *ts, KrObject *self) {
    (void)ts;
    (void)self;
    return kr_bool_from(false);
}

static KrObject *iobase_isatty(KrThread *ts, KrObject *self) {
    if (check_closed(ts, self) < 0) {
        return NULL;
    }
    return kr_bool_from(false);
}

// _checkClosed / _checkReadable / _checkWritable / _checkSeekable.
static KrObject *check_ability(KrThread *ts, KrObject *self, const char *meth, const char *msg) {
    KrObject *r = kr_call_method_cstr(ts, self, meth, NULL, 0);
    if (!r) {
        return NULL;
    }
    int t = kr_is_true(ts, r);
    KR_DECREF(ts, r);
    if (t < 0) {
        return NULL;
    }
    if (!t) {
        return kr_io_module_raise_unsupported(ts, msg);
    }
    return kr_bool_from(true);
}

static KrObject *iobase_check_closed(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (check_closed(ts, self) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *iobase_check_readable(KrThread *ts, KrObject *self, KrObject *const *a, size_t n, KrObject *kw) {
    (void)a;
    (void)n;
    (void)kw;
    return check_ability(ts, self, "readable", "File or stream is not readable.");
}

static KrObject *iobase_check_writable(KrThread *ts, KrObject *self, KrObject *const *a, size_t n, KrObject *kw) {
    (void)a;
    (void)n;
    (void)kw;
    return check_ability(ts, self, "writable", "File or stream is not writable.");
}

static KrObject *iobase_check_seekable(KrThread *ts, KrObject *self, KrObject *const *a, size_t n, KrObject *kw) {
    (void)a;
    (void)n;
    (void)kw;
    return check_ability(ts, self, "seekable", "File or stream is not seekable.");
}

static KrObject *iobase_enter(KrThread *ts, KrObject *self) {
    if (check_closed(ts, self) < 0) {
        return NULL;
    }
    return KR_INCREF(self);
}

static KrObject *iobase_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return kr_call_method_cstr(ts, self, "close", NULL, 0);
}

static KrObject *iobase_iter(KrThread *ts, KrObject *self) {
    if (check_closed(ts, self) < 0) {
        return NULL;
    }
    return KR_INCREF(self);
}

static KrObject *iobase_iternext(KrThread *ts, KrObject *self) {
    KrObject *line = kr_call_method_cstr(ts, self, "readline", NULL, 0);
    if (!line) {
        return NULL;
    }
    intptr_t n = kr_len(ts, line);
    if (n <= 0) {
        KR_DECREF(ts, line);
        return NULL;
    }
    return line;
}

KrObject *kr_io_iobase_readline(KrThread *ts, KrObject *self, int64_t limit) {
    KrByteBuf out = {0};
    KrObject *peek = NULL;
    KrObject *pk = kr_str_intern_cstr(ts, "peek");
    if (!pk) {
        return NULL;
    }
    peek = kr_getattr_opt(ts, self, pk);
    KR_DECREF(ts, pk);
    if (!peek && kr_err_occurred(ts)) {
        return NULL;
    }
    while (limit < 0 || out.n < limit) {
        intptr_t nreadahead = 1;
        if (peek) {
            KrObject *one = kr_int_from_i64(ts, 1);
            KrObject *ra = one ? kr_call1(ts, peek, one) : NULL;
            KR_XDECREF(ts, one);
            if (!ra) {
                goto error;
            }
            const char *p;
            intptr_t n;
            if (kr_bytes_buffer(ts, ra, &p, &n) <= 0) {
                if (!kr_err_occurred(ts)) {
                    kr_err_format(ts, &kr_exc_OSError, "peek() should have returned a bytes object, not '%T'", ra);
                }
                KR_DECREF(ts, ra);
                goto error;
            }
            if (n > 0) {
                intptr_t k = 0;
                intptr_t cap = limit >= 0 ? (intptr_t)(limit - out.n) : n;
                while (k < n && k < cap) {
                    if (p[k++] == '\n') {
                        break;
                    }
                }
                nreadahead = k;
            }
            KR_DECREF(ts, ra);
        }
        KrObject *num = kr_int_from_i64(ts, nreadahead);
        KrObject *b = num ? kr_call_method_cstr(ts, self, "read", &num, 1) : NULL;
        KR_XDECREF(ts, num);
        if (!b) {
            goto error;
        }
        const char *p;
        intptr_t n;
        if (kr_bytes_buffer(ts, b, &p, &n) <= 0) {
            if (!kr_err_occurred(ts)) {
                kr_err_format(ts, &kr_exc_OSError, "read() should have returned a bytes object, not '%T'", b);
            }
            KR_DECREF(ts, b);
            goto error;
        }
        if (n == 0) {
            KR_DECREF(ts, b);
            break;
        }
        int rc = kr_bytes_buf_add(ts, &out, p, n);
        bool nl = p[n - 1] == '\n';
        KR_DECREF(ts, b);
        if (rc < 0) {
            goto error;
        }
        if (nl) {
            break;
        }
    }
    KR_XDECREF(ts, peek);
    return kr_bytes_buf_finish(ts, &out, false);

error:
    KR_XDECREF(ts, peek);
    kr_bytes_buf_discard(ts, &out);
    return NULL;
}

static KrObject *iobase_readline(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size = NULL;
    if (kr_parse_args(ts, "readline", args, nargs, kw, names, 0, 1, 1, &size) < 0) {
        return NULL;
    }
    int64_t limit = kr_io_module_size_arg(ts, size);
    if (limit == KR_IO_SIZE_ERR) {
        return NULL;
    }
    return kr_io_iobase_readline(ts, self, limit);
}

static KrObject *iobase_readlines(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"hint", NULL};
    KrObject *hint_obj = NULL;
    if (kr_parse_args(ts, "readlines", args, nargs, kw, names, 0, 1, 1, &hint_obj) < 0) {
        return NULL;
    }
    int64_t hint = kr_io_module_size_arg(ts, hint_obj);
    if (hint == KR_IO_SIZE_ERR) {
        return NULL;
    }
    KrObject *list = kr_list_new(ts, 0);
    KrObject *it = list ? kr_iter(ts, self) : NULL;
    if (!it) {
        KR_XDECREF(ts, list);
        return NULL;
    }
    int64_t total = 0;
    for (;;) {
        KrObject *line = kr_next(ts, it);
        if (!line) {
            break;
        }
        intptr_t n = kr_len(ts, line);
        int rc = n < 0 ? -1 : kr_list_append(ts, list, line);
        KR_DECREF(ts, line);
        if (rc < 0) {
            break;
        }
        total += n;
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        KR_DECREF(ts, list);
        return NULL;
    }
    return list;
}

static KrObject *iobase_writelines(KrThread *ts, KrObject *self, KrObject *lines) {
    if (check_closed(ts, self) < 0) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, lines);
    if (!it) {
        return NULL;
    }
    for (;;) {
        KrObject *line = kr_next(ts, it);
        if (!line) {
            break;
        }
        KrObject *r = kr_call_method(ts, self, KR_ID(ts, write), &line, 1);
        KR_DECREF(ts, line);
        if (!r) {
            break;
        }
        KR_DECREF(ts, r);
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    KR_RETURN_NONE;
}

KrObject *kr_io_iobase_state_dict(KrThread *ts, KrObject *self) {
    KrObject *d = ((KrIOBase *)self)->dict;
    if (!d || kr_dict_size(d) == 0) {
        KR_RETURN_NONE;
    }
    return kr_dict_copy(ts, d);
}

int kr_io_iobase_set_state(KrThread *ts, KrObject *self, KrObject *state, intptr_t n, const char *pos_msg,
                           const char *dict_msg) {
    if (!kr_tuple_check(state) || KR_TUPLE_SIZE(state) != n) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.__setstate__ argument should be %d-tuple, got %s",
                      KR_TYPE(self)->name, (int)n, kr_type_name_cstr(KR_TYPE(state)));
        return -1;
    }
    KrObject *pos = KR_TUPLE_ITEMS(state)[n - 2], *d = KR_TUPLE_ITEMS(state)[n - 1];
    if (!kr_int_check(pos)) {
        kr_err_format(ts, &kr_exc_TypeError, pos_msg, kr_type_name_cstr(KR_TYPE(pos)));
        return -1;
    }
    if (d != KR_NONE && !kr_dict_check(d)) {
        kr_err_format(ts, &kr_exc_TypeError, dict_msg, kr_type_name_cstr(KR_TYPE(d)));
        return -1;
    }
    int overflow = 0;
    if (kr_int_as_i64(pos, &overflow) < 0 && !overflow) {
        kr_err_set_str(ts, &kr_exc_ValueError, "position value cannot be negative");
        return -1;
    }
    return 0;
}

int kr_io_iobase_set_state_dict(KrThread *ts, KrObject *self, KrObject *d) {
    if (d == KR_NONE) {
        return 0;
    }
    KrObject *own = kr_object_get_dict(ts, self, true);
    return own ? kr_dict_update(ts, own, d) : -1;
}

static KrObject *iobase_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    return d ? KR_INCREF(d) : NULL;
}

static const KrMethodDef iobase_methods[] = {
    {"seek", (void *)iobase_seek, KR_METH_VARARGS, false, false, "Change the stream position."},
    {"tell", (void *)iobase_tell, KR_METH_NOARGS, false, false, "Return current stream position."},
    {"truncate", (void *)iobase_truncate, KR_METH_VARARGS, false, false, "Truncate file to size bytes."},
    {"flush", (void *)iobase_flush, KR_METH_NOARGS, false, false, "Flush write buffers, if applicable."},
    {"close", (void *)iobase_close, KR_METH_NOARGS, false, false, "Flush and close the IO object."},
    {"seekable", (void *)iobase_false, KR_METH_NOARGS, false, false, "Return whether object supports random access."},
    {"readable", (void *)iobase_false, KR_METH_NOARGS, false, false, "Return whether object was opened for reading."},
    {"writable", (void *)iobase_false, KR_METH_NOARGS, false, false, "Return whether object was opened for writing."},
    {"fileno", (void *)iobase_fileno, KR_METH_NOARGS, false, false, "Returns underlying file descriptor if one exists."},
    {"isatty", (void *)iobase_isatty, KR_METH_NOARGS, false, false, "Return whether this is an 'interactive' stream."},
    {"_checkClosed", (void *)iobase_check_closed, KR_METH_VARARGS, false, false, NULL},
    {"_checkReadable", (void *)iobase_check_readable, KR_METH_VARARGS, false, false, NULL},
    {"_checkWritable", (void *)iobase_check_writable, KR_METH_VARARGS, false, false, NULL},
    {"_checkSeekable", (void *)iobase_check_seekable, KR_METH_VARARGS, false, false, NULL},
    {"__enter__", (void *)iobase_enter, KR_METH_NOARGS, false, false, NULL},
    {"__exit__", (void *)iobase_exit, KR_METH_VARARGS, false, false, NULL},
    {"readline", (void *)iobase_readline, KR_METH_VARARGS, false, false, "Read and return a line from the stream."},
    {"readlines", (void *)iobase_readlines, KR_METH_VARARGS, false, false, "Return a list of lines from the stream."},
    {"writelines", (void *)iobase_writelines, KR_METH_O, false, false, "Write a list of lines to stream."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef iobase_getsets[] = {
    {"closed", iobase_get_closed, NULL, NULL},
    {"__dict__", iobase_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define IO_FLAGS (KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC)

KrType kr_io_iobase_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io._IOBase",
    .basicsize = sizeof(KrIOBase),
    .flags = IO_FLAGS,
    .base_type = &kr_object_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "The abstract base class for all I/O classes.",
    .dealloc = iobase_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .new_ = kr_io_iobase_new,
    .methods = iobase_methods,
    .getsets = iobase_getsets,
};

// ---- _RawIOBase -------------------------------------------------------------------

static KrObject *rawiobase_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size_obj = NULL;
    if (kr_parse_args(ts, "read", args, nargs, kw, names, 0, 1, 1, &size_obj) < 0) {
        return NULL;
    }
    int64_t size = kr_io_module_size_arg(ts, size_obj);
    if (size == KR_IO_SIZE_ERR) {
        return NULL;
    }
    if (size < 0) {
        return kr_call_method_cstr(ts, self, "readall", NULL, 0);
    }
    KrObject *b = kr_bytearray_from(ts, NULL, (intptr_t)size);
    if (!b) {
        return NULL;
    }
    KrObject *n = kr_call_method_cstr(ts, self, "readinto", &b, 1);
    KrObject *result = NULL;
    if (n == KR_NONE) {
        result = KR_INCREF(KR_NONE);
    } else if (n) {
        int64_t got = kr_io_module_size_arg(ts, n);
        if (got >= 0 && got <= KR_BYTEARRAY_SIZE(b)) {
            result = kr_bytes_from(ts, KR_BYTEARRAY_DATA(b), (size_t)got);
        } else if (got != KR_IO_SIZE_ERR) {
            kr_err_format(ts, &kr_exc_ValueError, "readinto returned %lld outside buffer size %lld", (long long)got,
                          (long long)size);
        }
    }
    KR_XDECREF(ts, n);
    KR_DECREF(ts, b);
    return result;
}

static KrObject *rawiobase_readall(KrThread *ts, KrObject *self) {
    KrByteBuf out = {0};
    for (;;) {
        KrObject *num = kr_int_from_i64(ts, KR_IO_DEFAULT_BUFFER_SIZE);
        KrObject *b = num ? kr_call_method_cstr(ts, self, "read", &num, 1) : NULL;
        KR_XDECREF(ts, num);
        if (!b) {
            kr_bytes_buf_discard(ts, &out);
            return NULL;
        }
        if (b == KR_NONE) {
            if (out.n == 0) {
                return b;
            }
            KR_DECREF(ts, b);
            break;
        }
        const char *p;
        intptr_t n;
        if (kr_bytes_buffer(ts, b, &p, &n) <= 0) {
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_TypeError, "read() should return bytes");
            }
            KR_DECREF(ts, b);
            kr_bytes_buf_discard(ts, &out);
            return NULL;
        }
        int rc = n ? kr_bytes_buf_add(ts, &out, p, n) : 0;
        KR_DECREF(ts, b);
        if (rc < 0) {
            kr_bytes_buf_discard(ts, &out);
            return NULL;
        }
        if (n == 0) {
            break;
        }
    }
    return kr_bytes_buf_finish(ts, &out, false);
}

static KrObject *not_implemented(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    (void)arg;
    kr_err_set_type(ts, &kr_exc_NotImplementedError, NULL);
    return NULL;
}

static const KrMethodDef rawiobase_methods[] = {
    {"read", (void *)rawiobase_read, KR_METH_VARARGS, false, false, NULL},
    {"readall", (void *)rawiobase_readall, KR_METH_NOARGS, false, false, "Read until EOF."},
    {"readinto", (void *)not_implemented, KR_METH_O, false, false, NULL},
    {"write", (void *)not_implemented, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_io_rawiobase_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io._RawIOBase",
    .basicsize = sizeof(KrIOBase),
    .flags = IO_FLAGS,
    .base_type = &kr_io_iobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Base class for raw binary I/O.",
    .dealloc = iobase_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .new_ = kr_io_iobase_new,
    .methods = rawiobase_methods,
};

// ---- _BufferedIOBase --------------------------------------------------------------

static KrObject *unsupported_read(KrThread *ts, KrObject *self, KrObject *const *a, size_t n, KrObject *kw) {
    (void)self;
    (void)a;
    (void)n;
    (void)kw;
    return kr_io_module_raise_unsupported(ts, "read");
}

static KrObject *unsupported_read1(KrThread *ts, KrObject *self, KrObject *const *a, size_t n, KrObject *kw) {
    (void)self;
    (void)a;
    (void)n;
    (void)kw;
    return kr_io_module_raise_unsupported(ts, "read1");
}

static KrObject *unsupported_write(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    (void)arg;
    return kr_io_module_raise_unsupported(ts, "write");
}

static KrObject *unsupported_detach(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_io_module_raise_unsupported(ts, "detach");
}

// readinto(b) over read(len(b)) (or read1 for readinto1).
static KrObject *readinto_via(KrThread *ts, KrObject *self, KrObject *buf, const char *meth) {
    char *p;
    intptr_t n;
    if (kr_io_module_writable_buffer(ts, buf, &p, &n) < 0) {
        return NULL;
    }
    KrObject *num = kr_int_from_i64(ts, n);
    KrObject *data = num ? kr_call_method_cstr(ts, self, meth, &num, 1) : NULL;
    KR_XDECREF(ts, num);
    if (!data) {
        return NULL;
    }
    const char *q;
    intptr_t m;
    if (kr_bytes_buffer_req(ts, data, &q, &m) < 0) {
        KR_DECREF(ts, data);
        return NULL;
    }
    if (m > n) {
        kr_err_format(ts, &kr_exc_ValueError, "read() returned too much data: %lld bytes requested, %lld returned",
                      (long long)n, (long long)m);
        KR_DECREF(ts, data);
        return NULL;
    }
    // The target may have been resized by read(): look again.
    if (kr_io_module_writable_buffer(ts, buf, &p, &n) < 0 || m > n) {
        KR_DECREF(ts, data);
        return NULL;
    }
    memcpy(p, q, (size_t)m);
    KR_DECREF(ts, data);
    return kr_int_from_i64(ts, m);
}

static KrObject *bufferediobase_readinto(KrThread *ts, KrObject *self, KrObject *buf) {
    return readinto_via(ts, self, buf, "read");
}

static KrObject *bufferediobase_readinto1(KrThread *ts, KrObject *self, KrObject *buf) {
    return readinto_via(ts, self, buf, "read1");
}

static const KrMethodDef bufferediobase_methods[] = {
    {"read", (void *)unsupported_read, KR_METH_VARARGS, false, false, NULL},
    {"read1", (void *)unsupported_read1, KR_METH_VARARGS, false, false, NULL},
    {"readinto", (void *)bufferediobase_readinto, KR_METH_O, false, false, NULL},
    {"readinto1", (void *)bufferediobase_readinto1, KR_METH_O, false, false, NULL},
    {"write", (void *)unsupported_write, KR_METH_O, false, false, NULL},
    {"detach", (void *)unsupported_detach, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_io_bufferediobase_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io._BufferedIOBase",
    .basicsize = sizeof(KrIOBase),
    .flags = IO_FLAGS,
    .base_type = &kr_io_iobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Base class for buffered IO objects.",
    .dealloc = iobase_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .new_ = kr_io_iobase_new,
    .methods = bufferediobase_methods,
};

// ---- _TextIOBase ------------------------------------------------------------------

static KrObject *unsupported_readline(KrThread *ts, KrObject *self, KrObject *const *a, size_t n, KrObject *kw) {
    (void)self;
    (void)a;
    (void)n;
    (void)kw;
    return kr_io_module_raise_unsupported(ts, "readline");
}

static KrObject *textiobase_none(KrThread *ts, KrObject *self) {
    (void)ts;
    (void)self;
    KR_RETURN_NONE;
}

static const KrMethodDef textiobase_methods[] = {
    {"read", (void *)unsupported_read, KR_METH_VARARGS, false, false, NULL},
    {"readline", (void *)unsupported_readline, KR_METH_VARARGS, false, false, NULL},
    {"write", (void *)unsupported_write, KR_METH_O, false, false, NULL},
    {"detach", (void *)unsupported_detach, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef textiobase_getsets[] = {
    {"encoding", textiobase_none, NULL, "Encoding of the text stream."},
    {"newlines", textiobase_none, NULL, "Line endings translated so far."},
    {"errors", textiobase_none, NULL, "The error setting of the decoder or encoder."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_textiobase_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io._TextIOBase",
    .basicsize = sizeof(KrIOBase),
    .flags = IO_FLAGS,
    .base_type = &kr_io_iobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Base class for text I/O.",
    .dealloc = iobase_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .new_ = kr_io_iobase_new,
    .methods = textiobase_methods,
    .getsets = textiobase_getsets,
};
