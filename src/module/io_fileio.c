// SPDX-License-Identifier: MIT
// _io.FileIO: raw binary I/O on a file descriptor, through the port layer.
#include <string.h>

#include "io_impl.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"

#define FIO(o) ((KrFileIO *)(o))

static void fileio_dealloc(KrThread *ts, KrObject *o) {
    if (kr_io_module_finalize(ts, o)) {
        return;
    }
    KrFileIO *f = FIO(o);
    if (f->fd >= 0 && f->closefd) {
        kr_port_fd_close(f->fd);
    }
    KR_CLEAR(ts, f->head.dict);
    kr_object_free(ts, o);
}

static KrObject *fileio_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *o = kr_io_iobase_new(ts, type, args, nargs, kwnames);
    if (o) {
        FIO(o)->fd = -1;
        FIO(o)->seekable = -1;
        FIO(o)->closefd = true;
    }
    return o;
}

static KrObject *err_closed(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on closed file");
    return NULL;
}

static int check_readable(KrThread *ts, KrFileIO *f) {
    if (f->fd < 0) {
        err_closed(ts);
        return -1;
    }
    if (!f->readable) {
        kr_io_module_raise_unsupported(ts, "File not open for reading");
        return -1;
    }
    return 0;
}

static int check_writable(KrThread *ts, KrFileIO *f) {
    if (f->fd < 0) {
        err_closed(ts);
        return -1;
    }
    if (!f->writable) {
        kr_io_module_raise_unsupported(ts, "File not open for writing");
        return -1;
    }
    return 0;
}

// Parses FileIO's mode ("rb", "w+", "xb" ...) into the object's flags and portable open flags.
static int parse_mode(KrThread *ts, KrFileIO *f, const char *mode, int *kflags) {
    bool rwa = false, plus = false;
    for (const char *c = mode; *c; c++) {
        switch (*c) {
        case 'x':
        case 'r':
        case 'w':
        case 'a':
            if (rwa) {
                goto bad_mode;
            }
            rwa = true;
            if (*c == 'x') {
                f->created = f->writable = true;
                *kflags = KR_PORT_O_EXCL | KR_PORT_O_CREAT;
            } else if (*c == 'r') {
                f->readable = true;
                *kflags = 0;
            } else if (*c == 'w') {
                f->writable = true;
                *kflags = KR_PORT_O_CREAT | KR_PORT_O_TRUNC;
            } else {
                f->writable = f->appending = true;
                *kflags = KR_PORT_O_APPEND | KR_PORT_O_CREAT;
            }
            break;
        case '+':
            if (plus) {
                goto bad_mode;
            }
            f->readable = f->writable = true;
            plus = true;
            break;
        case 'b':
            break;
        default:
            kr_err_format(ts, &kr_exc_ValueError, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (!rwa) {
        goto bad_mode;
    }
    *kflags |= f->readable && f->writable ? KR_PORT_O_RDWR : f->readable ? KR_PORT_O_RDONLY : KR_PORT_O_WRONLY;
    *kflags |= KR_PORT_O_CLOEXEC;
    return 0;

bad_mode:
    kr_err_set_str(ts, &kr_exc_ValueError,
                   "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
}

// The path of a str, bytes or os.PathLike `file` (new ref to a str or bytes); NULL with TypeError.
KrObject *kr_io_fileio_fspath(KrThread *ts, KrObject *file) {
    if (kr_str_check(file) || kr_bytes_check(file)) {
        return KR_INCREF(file);
    }
    KrObject *name = kr_str_intern_cstr(ts, "__fspath__");
    KrObject *meth = name ? kr_type_lookup(ts, KR_TYPE(file), name) : NULL;
    KrObject *r = NULL;
    if (meth) {
        r = kr_call_method(ts, file, name, NULL, 0);
        if (r && !kr_str_check(r) && !kr_bytes_check(r)) {
            kr_err_format(ts, &kr_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", file, r);
            KR_CLEAR(ts, r);
        }
    } else if (name) {
        kr_err_format(ts, &kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    }
    KR_XDECREF(ts, name);
    return r;
}

// FileIO.__init__ and open()'s raw layer.
static int fileio_setup(KrThread *ts, KrObject *self, KrObject *file, const char *mode, bool closefd,
                        KrObject *opener) {
    KrFileIO *f = FIO(self);
    if (f->fd >= 0) {
        if (f->closefd) {
            kr_port_fd_close(f->fd);
        }
        f->fd = -1;
    }
    f->readable = f->writable = f->appending = f->created = false;
    f->seekable = -1;
    int kflags = 0;
    int fd = -1;
    KrObject *path = NULL;
    if (kr_int_check(file)) {
        int ovf;
        int64_t v = kr_int_as_i64(file, &ovf);
        if (ovf || v > INT32_MAX) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "signed integer is greater than maximum");
            return -1;
        }
        if (v < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)v;
    } else {
        path = kr_io_fileio_fspath(ts, file);
        if (!path) {
            return -1;
        }
    }
    if (parse_mode(ts, f, mode, &kflags) < 0) {
        goto error;
    }
    if (fd >= 0) {
        f->fd = fd;
        f->closefd = closefd;
    } else {
        if (!closefd) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Cannot use closefd=False with file name");
            goto error;
        }
        f->closefd = true;
        const char *cpath;
        size_t len;
        if (kr_str_check(path)) {
            cpath = kr_str_utf8(ts, path, &len);
            if (!cpath) {
                goto error;
            }
        } else {
            cpath = KR_BYTES_DATA(path);
            len = (size_t)KR_BYTES_SIZE(path);
        }
        if (strlen(cpath) != len) {
            kr_err_set_str(ts, &kr_exc_ValueError, "embedded null byte");
            goto error;
        }
        int host_flags = kr_port_open_flags(kflags);
        if (opener) {
            KrObject *flags = kr_int_from_i64(ts, host_flags);
            KrObject *r = flags ? kr_call2(ts, opener, file, flags) : NULL;
            KR_XDECREF(ts, flags);
            if (!r) {
                goto error;
            }
            if (!kr_int_check(r)) {
                kr_err_set_str(ts, &kr_exc_TypeError, "expected integer from opener");
                KR_DECREF(ts, r);
                goto error;
            }
            int ovf;
            int64_t v = kr_int_as_i64(r, &ovf);
            KR_DECREF(ts, r);
            if (v < 0) {
                kr_err_format(ts, &kr_exc_ValueError, "opener returned %d", (int)v);
                goto error;
            }
            f->fd = (int)v;
        } else {
            int r = kr_port_open(cpath, host_flags);
            if (r < 0) {
                kr_io_module_raise_errno(ts, r, file);
                goto error;
            }
            f->fd = r;
        }
    }
    // A descriptor from the caller or an opener must be open (EBADF otherwise).
    KrPortStat st;
    int src = kr_port_fd_stat(f->fd, &st);
    if (src < 0) {
        if (f->closefd && path) {
            kr_port_fd_close(f->fd);
        }
        f->fd = -1;
        kr_io_module_raise_errno(ts, src, NULL);
        goto error;
    }
    KrObject *dict = kr_object_get_dict(ts, self, true);
    if (!dict || kr_dict_set_item_str(ts, dict, "name", file) < 0) {
        goto error;
    }
    if (f->appending) {
        kr_port_fd_seek(f->fd, 0, 2);
    }
    KR_XDECREF(ts, path);
    return 0;

error:
    KR_XDECREF(ts, path);
    return -1;
}

static int fileio_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"file", "mode", "closefd", "opener", NULL};
    KrObject *v[4] = {NULL};
    if (kr_parse_args(ts, "FileIO", args, nargs, kwnames, names, 1, 0, 4, v) < 0) {
        return -1;
    }
    const char *mode = "r";
    if (v[1]) {
        if (!kr_str_check(v[1])) {
            kr_err_format(ts, &kr_exc_TypeError, "FileIO() argument 'mode' must be str, not %T", v[1]);
            return -1;
        }
        mode = kr_str_utf8(ts, v[1], NULL);
        if (!mode) {
            return -1;
        }
    }
    bool closefd = true;
    if (v[2]) {
        int t = kr_is_true(ts, v[2]);
        if (t < 0) {
            return -1;
        }
        closefd = t;
    }
    return fileio_setup(ts, self, v[0], mode, closefd, v[3] && v[3] != KR_NONE ? v[3] : NULL);
}

KrObject *kr_io_fileio_open(KrThread *ts, KrObject *file, const char *mode, bool closefd, KrObject *opener) {
    KrObject *self = fileio_new(ts, &kr_io_fileio_type, NULL, 0, NULL);
    if (self && fileio_setup(ts, self, file, mode, closefd, opener) < 0) {
        KR_CLEAR(ts, self);
    }
    return self;
}

// ---- reading and writing ------------------------------------------------------------

int64_t kr_io_fileio_read_raw(KrThread *ts, KrFileIO *f, char *buf, intptr_t n) {
    int64_t r = kr_port_fd_read(f->fd, buf, (size_t)n);
    if (r < 0) {
        if (kr_port_errno_linux((int)-r) == 11) {
            return -2;
        }
        kr_io_module_raise_errno(ts, r, NULL);
        return -1;
    }
    return r;
}

static KrObject *fileio_readall(KrThread *ts, KrObject *self) {
    KrFileIO *f = FIO(self);
    if (f->fd < 0) {
        return err_closed(ts);
    }
    KrByteBuf out = {0};
    KrPortStat st;
    intptr_t chunk = KR_IO_DEFAULT_BUFFER_SIZE;
    if (kr_port_fd_stat(f->fd, &st) == 0 && st.kind == 1) {
        int64_t pos = kr_port_fd_seek(f->fd, 0, 1);
        if (pos >= 0 && st.size > pos && st.size - pos < INT32_MAX) {
            chunk = (intptr_t)(st.size - pos) + 1;
        }
    }
    for (;;) {
        if (out.cap - out.n < chunk) {
            intptr_t cap = out.n + chunk;
            char *p = kr_mem_realloc(ts, out.p, (size_t)cap);
            if (!p) {
                goto error;
            }
            out.p = p;
            out.cap = cap;
        }
        int64_t got = kr_io_fileio_read_raw(ts, f, out.p + out.n, out.cap - out.n);
        if (got == -1) {
            goto error;
        }
        if (got == -2) {
            if (out.n == 0) {
                kr_bytes_buf_discard(ts, &out);
                KR_RETURN_NONE;
            }
            break;
        }
        if (got == 0) {
            break;
        }
        out.n += (intptr_t)got;
        chunk = chunk < (1 << 20) ? chunk * 2 : chunk;
    }
    return kr_bytes_buf_finish(ts, &out, false);

error:
    kr_bytes_buf_discard(ts, &out);
    return NULL;
}

static KrObject *fileio_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"size", NULL};
    KrObject *size_obj = NULL;
    if (kr_parse_args(ts, "read", args, nargs, kw, names, 0, 1, 1, &size_obj) < 0) {
        return NULL;
    }
    KrFileIO *f = FIO(self);
    if (check_readable(ts, f) < 0) {
        return NULL;
    }
    int64_t size = kr_io_module_size_arg(ts, size_obj);
    if (size == KR_IO_SIZE_ERR) {
        return NULL;
    }
    if (size < 0) {
        return fileio_readall(ts, self);
    }
    KrObject *b = kr_bytes_new(ts, (intptr_t)size);
    if (!b) {
        return NULL;
    }
    int64_t got = kr_io_fileio_read_raw(ts, f, KR_BYTES_DATA(b), (intptr_t)size);
    if (got < 0) {
        KR_DECREF(ts, b);
        if (got == -2) {
            KR_RETURN_NONE;
        }
        return NULL;
    }
    if (got == size) {
        return b;
    }
    KrObject *r = kr_bytes_from(ts, KR_BYTES_DATA(b), (size_t)got);
    KR_DECREF(ts, b);
    return r;
}

static KrObject *fileio_readinto(KrThread *ts, KrObject *self, KrObject *buf) {
    KrFileIO *f = FIO(self);
    if (check_readable(ts, f) < 0) {
        return NULL;
    }
    char *p;
    intptr_t n;
    if (kr_io_module_writable_buffer(ts, buf, &p, &n) < 0) {
        return NULL;
    }
    int64_t got = kr_io_fileio_read_raw(ts, f, p, n);
    if (got == -2) {
        KR_RETURN_NONE;
    }
    return got < 0 ? NULL : kr_int_from_i64(ts, got);
}

static KrObject *fileio_write(KrThread *ts, KrObject *self, KrObject *data) {
    KrFileIO *f = FIO(self);
    if (check_writable(ts, f) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, data, &p, &n) < 0) {
        return NULL;
    }
    int64_t r = kr_port_fd_write(f->fd, p, (size_t)n);
    if (r < 0) {
        if (kr_port_errno_linux((int)-r) == 11) {
            KR_RETURN_NONE;
        }
        return kr_io_module_raise_errno(ts, r, NULL);
    }
    return kr_int_from_i64(ts, r);
}

static KrObject *fileio_seek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "seek", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    KrFileIO *f = FIO(self);
    if (f->fd < 0) {
        return err_closed(ts);
    }
    if (kr_float_check(args[0]) || !kr_int_check(args[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
        return NULL;
    }
    int ovf;
    int64_t pos = kr_int_as_i64(args[0], &ovf);
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return NULL;
    }
    int64_t whence = 0;
    if (nargs > 1) {
        whence = kr_io_module_size_arg(ts, args[1]);
        if (whence == KR_IO_SIZE_ERR) {
            return NULL;
        }
    }
    int64_t r = kr_port_fd_seek(f->fd, pos, (int)whence);
    if (r < 0) {
        return kr_io_module_raise_errno(ts, r, NULL);
    }
    return kr_int_from_i64(ts, r);
}

static KrObject *fileio_tell(KrThread *ts, KrObject *self) {
    KrFileIO *f = FIO(self);
    if (f->fd < 0) {
        return err_closed(ts);
    }
    int64_t r = kr_port_fd_seek(f->fd, 0, 1);
    return r < 0 ? kr_io_module_raise_errno(ts, r, NULL) : kr_int_from_i64(ts, r);
}

static KrObject *fileio_truncate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "truncate", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrFileIO *f = FIO(self);
    if (check_writable(ts, f) < 0) {
        return NULL;
    }
    int64_t size;
    if (nargs == 0 || args[0] == KR_NONE) {
        size = kr_port_fd_seek(f->fd, 0, 1);
        if (size < 0) {
            return kr_io_module_raise_errno(ts, size, NULL);
        }
    } else {
        size = kr_io_module_size_arg(ts, args[0]);
        if (size == KR_IO_SIZE_ERR) {
            return NULL;
        }
    }
    int r = kr_port_fd_truncate(f->fd, size);
    if (r < 0) {
        return kr_io_module_raise_errno(ts, r, NULL);
    }
    return kr_int_from_i64(ts, size);
}

static KrObject *fileio_close(KrThread *ts, KrObject *self) {
    KrFileIO *f = FIO(self);
    // _RawIOBase.close first: it flushes (and a subclass's flush may run).
    KrObject *r = NULL;
    if (!f->head.iobase_closed && f->fd >= 0) {
        r = kr_call_method_cstr(ts, self, "flush", NULL, 0);
        f->head.iobase_closed = true;
    } else {
        r = KR_INCREF(KR_NONE);
        f->head.iobase_closed = true;
    }
    int rc = 0;
    if (f->fd >= 0) {
        if (f->closefd) {
            rc = kr_port_fd_close(f->fd);
        }
        f->fd = -1;
    }
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    if (rc < 0) {
        return kr_io_module_raise_errno(ts, rc, NULL);
    }
    KR_RETURN_NONE;
}

static KrObject *fileio_flush(KrThread *ts, KrObject *self) {
    if (FIO(self)->fd < 0) {
        return kr_io_module_closed_error(ts);
    }
    KR_RETURN_NONE;
}

static KrObject *fileio_seekable(KrThread *ts, KrObject *self) {
    KrFileIO *f = FIO(self);
    if (f->fd < 0) {
        return err_closed(ts);
    }
    if (f->seekable < 0) {
        f->seekable = kr_port_fd_seek(f->fd, 0, 1) >= 0;
    }
    return kr_bool_from(f->seekable > 0);
}

static KrObject *fileio_readable(KrThread *ts, KrObject *self) {
    if (FIO(self)->fd < 0) {
        return err_closed(ts);
    }
    return kr_bool_from(FIO(self)->readable);
}

static KrObject *fileio_writable(KrThread *ts, KrObject *self) {
    if (FIO(self)->fd < 0) {
        return err_closed(ts);
    }
    return kr_bool_from(FIO(self)->writable);
}

static KrObject *fileio_fileno(KrThread *ts, KrObject *self) {
    if (FIO(self)->fd < 0) {
        return err_closed(ts);
    }
    return kr_int_from_i64(ts, FIO(self)->fd);
}

static KrObject *fileio_isatty(KrThread *ts, KrObject *self) {
    if (FIO(self)->fd < 0) {
        return err_closed(ts);
    }
    return kr_bool_from(kr_port_fd_isatty(FIO(self)->fd));
}

static const char *mode_string(KrFileIO *f) {
    if (f->created) {
        return f->readable ? "xb+" : "xb";
    }
    if (f->appending) {
        return f->readable ? "ab+" : "ab";
    }
    if (f->readable) {
        return f->writable ? "rb+" : "rb";
    }
    return "wb";
}

static KrObject *fileio_get_mode(KrThread *ts, KrObject *self) {
    return kr_str_from_cstr(ts, mode_string(FIO(self)));
}

static KrObject *fileio_get_closed(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(FIO(self)->fd < 0);
}

static KrObject *fileio_get_closefd(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(FIO(self)->closefd);
}

static KrObject *fileio_repr(KrThread *ts, KrObject *self) {
    KrFileIO *f = FIO(self);
    if (f->fd < 0) {
        return kr_str_from_cstr(ts, "<_io.FileIO [closed]>");
    }
    KrObject *name = kr_getattr_opt(ts, self, KR_ID(ts, name));
    if (!name && kr_err_occurred(ts)) {
        return NULL;
    }
    const char *cf = f->closefd ? "True" : "False";
    KrObject *r;
    if (name) {
        if (kr_repr_enter(ts, self) != 0) {
            KR_DECREF(ts, name);
            if (!kr_err_occurred(ts)) {
                kr_err_format(ts, &kr_exc_RuntimeError, "reentrant call inside %s.__repr__", "_io.FileIO");
            }
            return NULL;
        }
        r = kr_str_from_format(ts, "<_io.FileIO name=%R mode='%s' closefd=%s>", name, mode_string(f), cf);
        kr_repr_leave(ts, self);
        KR_DECREF(ts, name);
    } else {
        r = kr_str_from_format(ts, "<_io.FileIO fd=%d mode='%s' closefd=%s>", f->fd, mode_string(f), cf);
    }
    return r;
}

static const KrMethodDef fileio_methods[] = {
    {"read", (void *)fileio_read, KR_METH_VARARGS, false, false, "Read at most size bytes."},
    {"readall", (void *)fileio_readall, KR_METH_NOARGS, false, false, "Read all data from the file."},
    {"readinto", (void *)fileio_readinto, KR_METH_O, false, false, "Same as RawIOBase.readinto()."},
    {"write", (void *)fileio_write, KR_METH_O, false, false, "Write buffer b to file."},
    {"seek", (void *)fileio_seek, KR_METH_VARARGS, false, false, "Move to new file position."},
    {"tell", (void *)fileio_tell, KR_METH_NOARGS, false, false, "Current file position."},
    {"truncate", (void *)fileio_truncate, KR_METH_VARARGS, false, false, "Truncate the file."},
    {"close", (void *)fileio_close, KR_METH_NOARGS, false, false, "Close the file."},
    {"flush", (void *)fileio_flush, KR_METH_NOARGS, false, false, NULL},
    {"seekable", (void *)fileio_seekable, KR_METH_NOARGS, false, false, "True if file supports random-access."},
    {"readable", (void *)fileio_readable, KR_METH_NOARGS, false, false, "True if file was opened in a read mode."},
    {"writable", (void *)fileio_writable, KR_METH_NOARGS, false, false, "True if file was opened in a write mode."},
    {"fileno", (void *)fileio_fileno, KR_METH_NOARGS, false, false, "Return the underlying file descriptor."},
    {"isatty", (void *)fileio_isatty, KR_METH_NOARGS, false, false, "True if the file is connected to a TTY device."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef fileio_getsets[] = {
    {"mode", fileio_get_mode, NULL, "String giving the file mode"},
    {"closed", fileio_get_closed, NULL, "True if the file is closed"},
    {"closefd", fileio_get_closefd, NULL, "True if the file descriptor will be closed by close()."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_fileio_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.FileIO",
    .basicsize = sizeof(KrFileIO),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,
    .base_type = &kr_io_rawiobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Open a file.",
    .dealloc = fileio_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .repr = fileio_repr,
    .new_ = fileio_new,
    .init = fileio_init,
    .methods = fileio_methods,
    .getsets = fileio_getsets,
};
