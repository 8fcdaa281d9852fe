// SPDX-License-Identifier: MIT
// The _io module: open(), open_code(), text_encoding(), UnsupportedOperation
// and the error and argument helpers the io types share.
#include <string.h>

#include "io_impl.h"
#include "modules.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "modsupport.h"

// ---- errors -----------------------------------------------------------------

KrObject *kr_io_module_unsupported(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (vm->io_unsupported) {
        return vm->io_unsupported;
    }
    // class UnsupportedOperation(OSError, ValueError), in module io as CPython's.
    KrObject *bases = kr_tuple_pack(ts, 2, (KrObject *)&kr_exc_OSError, (KrObject *)&kr_exc_ValueError);
    KrObject *cls = bases ? kr_modsupport_new_class(ts, "io", "UnsupportedOperation", bases) : NULL;
    KR_XDECREF(ts, bases);
    vm->io_unsupported = cls;
    return cls;
}

KrObject *kr_io_module_raise_unsupported(KrThread *ts, const char *msg) {
    KrObject *cls = kr_io_module_unsupported(ts);
    if (cls) {
        kr_err_set_str(ts, (KrType *)cls, msg);
    }
    return NULL;
}

KrObject *kr_io_module_closed_error(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on closed file.");
    return NULL;
}

KrObject *kr_io_module_raise_errno(KrThread *ts, int64_t neg_err, KrObject *filename) {
    return kr_exc_raise_errno(ts, (int)-neg_err, filename, NULL);
}

// ---- helpers ----------------------------------------------------------------

int64_t kr_io_module_size_arg(KrThread *ts, KrObject *o) {
    if (!o || o == KR_NONE) {
        return -1;
    }
    if (!kr_int_check(o)) {
        KrObject *idx = kr_number_index(ts, o);
        if (!idx) {
            kr_err_clear(ts);
            kr_err_format(ts, &kr_exc_TypeError, "argument should be integer or None, not '%T'", o);
            return KR_IO_SIZE_ERR;
        }
        int ovf;
        int64_t v = kr_int_as_i64(idx, &ovf);
        KR_DECREF(ts, idx);
        if (ovf) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return KR_IO_SIZE_ERR;
        }
        return v;
    }
    int ovf;
    int64_t v = kr_int_as_i64(o, &ovf);
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return KR_IO_SIZE_ERR;
    }
    return v;
}

int kr_io_module_is_closed(KrThread *ts, KrObject *self) {
    KrObject *c = kr_getattr_cstr(ts, self, "closed");
    if (!c) {
        return -1;
    }
    int r = kr_is_true(ts, c);
    KR_DECREF(ts, c);
    return r;
}

int kr_io_module_writable_buffer(KrThread *ts, KrObject *o, char **p, intptr_t *n) {
    if (kr_bytearray_check(o)) {
        *p = KR_BYTEARRAY_DATA(o);
        *n = KR_BYTEARRAY_SIZE(o);
        return 0;
    }
    if (kr_memoryview_check(o)) {
        KrMemoryView *mv = (KrMemoryView *)o;
        if (mv->released || !mv->obj) {
            kr_err_set_str(ts, &kr_exc_ValueError, "operation forbidden on released memoryview object");
            return -1;
        }
        if (!mv->readonly && kr_bytearray_check(mv->obj) && kr_memoryview_data(ts, o, p, n) < 0) {
            return -1;
        }
        if (!mv->readonly && kr_bytearray_check(mv->obj)) {
            return 0;
        }
    }
    kr_err_format(ts, &kr_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  kr_type_name_cstr(KR_TYPE(o)));
    return -1;
}

void kr_io_module_close_once(KrThread *ts, KrObject *self) {
    KrIOBase *b = (KrIOBase *)self;
    if (b->finalizing || (kr_gc_has_head(self) && (kr_gc_head(self)->flags & KR_GC_FINALIZED))) {
        return;
    }
    b->finalizing = true;
    if (kr_gc_has_head(self)) {
        kr_gc_head(self)->flags |= KR_GC_FINALIZED;
    }
    KrObject *saved = kr_err_fetch(ts);
    int closed = kr_io_module_is_closed(ts, self);
    if (closed == 0) {
        KrObject *r = kr_call_method_cstr(ts, self, "close", NULL, 0);
        KR_XDECREF(ts, r);
    }
    // CPython ignores errors of the finalizer's close() silently.
    kr_err_clear(ts);
    kr_err_restore(ts, saved);
}

bool kr_io_module_finalize(KrThread *ts, KrObject *self) {
    // Resurrected for the duration of close(), as CPython's finalizers are.
    self->refcnt = 1;
    kr_io_module_close_once(ts, self);
    return --self->refcnt != 0;
}

// ---- open() -----------------------------------------------------------------

// The arguments of open() after validation.
typedef struct OpenArgs {
    bool creating, reading, writing, appending, updating, text, binary;
    char rawmode[8];
} OpenArgs;

static int parse_mode(KrThread *ts, KrObject *mode_obj, const char *mode, OpenArgs *a) {
    memset(a, 0, sizeof *a);
    for (const char *c = mode; *c; c++) {
        bool *flag;
        switch (*c) {
        case 'x':
            flag = &a->creating;
            break;
        case 'r':
            flag = &a->reading;
            break;
        case 'w':
            flag = &a->writing;
            break;
        case 'a':
            flag = &a->appending;
            break;
        case '+':
            flag = &a->updating;
            break;
        case 't':
            flag = &a->text;
            break;
        case 'b':
            flag = &a->binary;
            break;
        default:
            flag = NULL;
            break;
        }
        if (!flag || *flag) {
            kr_err_format(ts, &kr_exc_ValueError, "invalid mode: %R", mode_obj);
            return -1;
        }
        *flag = true;
    }
    char *r = a->rawmode;
    if (a->creating) {
        *r++ = 'x';
    }
    if (a->reading) {
        *r++ = 'r';
    }
    if (a->writing) {
        *r++ = 'w';
    }
    if (a->appending) {
        *r++ = 'a';
    }
    if (a->updating) {
        *r++ = '+';
    }
    *r = '\0';
    if (a->text && a->binary) {
        kr_err_set_str(ts, &kr_exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (a->creating + a->reading + a->writing + a->appending > 1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

// An optional str argument of open(): NULL when None or missing.
static int str_or_none(KrThread *ts, KrObject **o, const char *what) {
    if (!*o || *o == KR_NONE) {
        *o = NULL;
        return 0;
    }
    if (!kr_str_check(*o)) {
        kr_err_format(ts, &kr_exc_TypeError, "open() argument '%s' must be str or None, not %s", what,
                      kr_type_name_cstr(KR_TYPE(*o)));
        return -1;
    }
    return 0;
}

// Closes `raw` after a failure, keeping the pending exception.
static void close_quietly(KrThread *ts, KrObject *raw) {
    KrObject *exc = kr_err_fetch(ts);
    KrObject *r = kr_call_method_cstr(ts, raw, "close", NULL, 0);
    KR_XDECREF(ts, r);
    kr_err_clear(ts);
    kr_err_restore(ts, exc);
}

static KrObject *io_open(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    KrObject *v[8] = {NULL};
    // Argument Clinic's wording for an unknown keyword.
    for (intptr_t i = 0; kwnames && i < KR_TUPLE_SIZE(kwnames); i++) {
        bool known = false;
        for (int j = 0; names[j]; j++) {
            known = known || kr_str_equal_cstr(KR_TUPLE_GET(kwnames, i), names[j]);
        }
        if (!known) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for open()",
                          KR_TUPLE_GET(kwnames, i));
            return NULL;
        }
    }
    if (kr_parse_args(ts, "open", args, nargs, kwnames, names, 1, 0, 8, v) < 0) {
        return NULL;
    }
    KrObject *file = v[0], *mode_obj = v[1], *encoding = v[3], *errors = v[4], *newline = v[5];
    const char *mode = "r";
    if (mode_obj) {
        if (!kr_str_check(mode_obj)) {
            kr_err_format(ts, &kr_exc_TypeError, "open() argument 'mode' must be str, not %s",
                          kr_type_name_cstr(KR_TYPE(mode_obj)));
            return NULL;
        }
        mode = kr_str_utf8(ts, mode_obj, NULL);
        if (!mode) {
            return NULL;
        }
    } else {
        mode_obj = KR_NONE;
    }
    int64_t buffering = -1;
    if (v[2]) {
        if (!kr_int_check(v[2])) {
            kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", v[2]);
            return NULL;
        }
        int ovf;
        buffering = kr_int_as_i64(v[2], &ovf);
    }
    if (str_or_none(ts, &encoding, "encoding") < 0 || str_or_none(ts, &errors, "errors") < 0 ||
        str_or_none(ts, &newline, "newline") < 0) {
        return NULL;
    }
    bool closefd = true;
    if (v[6]) {
        int t = kr_is_true(ts, v[6]);
        if (t < 0) {
            return NULL;
        }
        closefd = t;
    }
    KrObject *opener = v[7] && v[7] != KR_NONE ? v[7] : NULL;
    OpenArgs a;
    if (parse_mode(ts, mode_obj, mode, &a) < 0) {
        return NULL;
    }
    if (a.binary && encoding) {
        kr_err_set_str(ts, &kr_exc_ValueError, "binary mode doesn't take an encoding argument");
        return NULL;
    }
    if (a.binary && errors) {
        kr_err_set_str(ts, &kr_exc_ValueError, "binary mode doesn't take an errors argument");
        return NULL;
    }
    if (a.binary && newline) {
        kr_err_set_str(ts, &kr_exc_ValueError, "binary mode doesn't take a newline argument");
        return NULL;
    }
    // The raw file's name is the path os.fspath() gives (a descriptor stays an int).
    KrObject *path = kr_int_check(file) ? KR_INCREF(file) : kr_io_fileio_fspath(ts, file);
    if (!path) {
        return NULL;
    }
    KrObject *raw = kr_io_fileio_open(ts, path, a.rawmode, closefd, opener);
    KR_DECREF(ts, path);
    if (!raw) {
        return NULL;
    }
    bool line_buffering = false;
    if (buffering == 1 || buffering < 0) {
        int tty = kr_port_fd_isatty(((KrFileIO *)raw)->fd);
        if (buffering == 1 || tty) {
            line_buffering = true;
            buffering = -1;
        }
    }
    if (buffering < 0) {
        buffering = KR_IO_DEFAULT_BUFFER_SIZE;
    }
    if (buffering == 0) {
        if (a.binary) {
            return raw;
        }
        kr_err_set_str(ts, &kr_exc_ValueError, "can't have unbuffered text I/O");
        close_quietly(ts, raw);
        KR_DECREF(ts, raw);
        return NULL;
    }
    KrType *btype = a.updating ? &kr_io_bufferedrandom_type
                    : (a.writing || a.creating || a.appending) ? &kr_io_bufferedwriter_type
                                                                 : &kr_io_bufferedreader_type;
    KrObject *buffer = kr_io_bufferedio_new(ts, btype, raw, (intptr_t)buffering);
    if (!buffer) {
        close_quietly(ts, raw);
        KR_DECREF(ts, raw);
        return NULL;
    }
    KR_DECREF(ts, raw);
    if (a.binary) {
        return buffer;
    }
    KrObject *text = kr_io_textio_wrap(ts, buffer, encoding, errors, newline, line_buffering);
    if (!text) {
        close_quietly(ts, buffer);
        KR_DECREF(ts, buffer);
        return NULL;
    }
    KR_DECREF(ts, buffer);
    // CPython stores the mode given to open() on the text wrapper's __dict__.
    KrObject *m = mode_obj == KR_NONE ? kr_str_from_cstr(ts, "r") : KR_INCREF(mode_obj);
    KrObject *key = m ? kr_str_from_cstr(ts, "mode") : NULL;
    int rc = key ? kr_setattr(ts, text, key, m) : -1;
    KR_XDECREF(ts, key);
    KR_XDECREF(ts, m);
    if (rc < 0) {
        KR_DECREF(ts, text);
        return NULL;
    }
    return text;
}

// open_code(path): open(path, 'rb') for code the interpreter will run.
static KrObject *io_open_code(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"path", NULL};
    KrObject *path = NULL;
    if (kr_parse_args(ts, "open_code", args, nargs, kwnames, names, 1, 0, 1, &path) < 0) {
        return NULL;
    }
    if (!kr_str_check(path)) {
        kr_err_format(ts, &kr_exc_TypeError, "open_code() argument 'path' must be str, not %s",
                      kr_type_name_cstr(KR_TYPE(path)));
        return NULL;
    }
    KrObject *mode = kr_str_from_cstr(ts, "rb");
    if (!mode) {
        return NULL;
    }
    KrObject *argv[2] = {path, mode};
    KrObject *r = io_open(ts, self, argv, 2, NULL);
    KR_DECREF(ts, mode);
    return r;
}

// text_encoding(encoding, stacklevel=2): the encoding, or "locale" for None
// (as CPython without UTF-8 mode).
static KrObject *io_text_encoding(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"encoding", "stacklevel", NULL};
    KrObject *v[2] = {NULL, NULL};
    if (kr_parse_args(ts, "text_encoding", args, nargs, kwnames, names, 1, 0, 2, v) < 0) {
        return NULL;
    }
    if (v[0] != KR_NONE) {
        return KR_INCREF(v[0]);
    }
    return kr_str_from_cstr(ts, "locale");
}

KrObject *kr_builtins_open(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return io_open(ts, self, args, nargs, kwnames);
}

static const KrMethodDef io_functions[] = {
    {"open", (void *)io_open, KR_METH_VARARGS, false, false, "Open file and return a stream."},
    {"open_code", (void *)io_open_code, KR_METH_VARARGS, false, false, "Opens the provided file with mode 'rb'."},
    {"text_encoding", (void *)io_text_encoding, KR_METH_VARARGS, false, false,
     "A helper function to choose the text encoding."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_io_module_create(KrThread *ts) {
    KrObject *name = kr_str_from_cstr(ts, "_io");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, io_functions) < 0) {
        goto error;
    }
    KrObject *d = KR_MODULE_DICT(m);
    // builtins.open and _io.open are one object, as in CPython.
    KrObject *bopen = ts->vm->builtins ? kr_dict_get_item_str(ts, ts->vm->builtins, "open") : NULL;
    if (bopen && kr_dict_set_item_str(ts, d, "open", bopen) < 0) {
        goto error;
    }
    KrObject *size = kr_int_from_i64(ts, KR_IO_DEFAULT_BUFFER_SIZE);
    if (!size || kr_dict_set_item_str(ts, d, "DEFAULT_BUFFER_SIZE", size) < 0) {
        KR_XDECREF(ts, size);
        goto error;
    }
    KR_DECREF(ts, size);
    KrObject *unsupported = kr_io_module_unsupported(ts);
    if (!unsupported || kr_dict_set_item_str(ts, d, "UnsupportedOperation", unsupported) < 0 ||
        kr_dict_set_item_str(ts, d, "BlockingIOError", (KrObject *)&kr_exc_BlockingIOError) < 0) {
        goto error;
    }
    static const struct {
        const char *name;
        KrType *type;
    } types[] = {
        {"_IOBase", &kr_io_iobase_type},
        {"_RawIOBase", &kr_io_rawiobase_type},
        {"_BufferedIOBase", &kr_io_bufferediobase_type},
        {"_TextIOBase", &kr_io_textiobase_type},
        {"FileIO", &kr_io_fileio_type},
        {"BytesIO", &kr_io_bytesio_type},
        {"StringIO", &kr_io_stringio_type},
        {"BufferedReader", &kr_io_bufferedreader_type},
        {"BufferedWriter", &kr_io_bufferedwriter_type},
        {"BufferedRandom", &kr_io_bufferedrandom_type},
        {"BufferedRWPair", &kr_io_bufferedrwpair_type},
        {"TextIOWrapper", &kr_io_textiowrapper_type},
        {"IncrementalNewlineDecoder", &kr_io_nldecoder_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (kr_dict_set_item_str(ts, d, types[i].name, (KrObject *)types[i].type) < 0) {
            goto error;
        }
    }
    return m;

error:
    KR_XDECREF(ts, m);
    return NULL;
}
