// SPDX-License-Identifier: MIT
// The sys module: interpreter parameters, standard streams and version data.
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "krait.h"
#include "modules.h"
#include "sys.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/sizeof.h"
#include "../object/str.h"
#include "../vm/frame.h"
#include "../object/structseq.h"
#include "../vm/vm.h"
#include "sys_stdlib_names.h"

// CPython refuses limits below this (except 0, which means "no limit").
#define INT_MAX_STR_DIGITS_THRESHOLD 640

// ---- standard streams -------------------------------------------------------

typedef struct KrStdStream {
    KrObject base;
    int fd;      // 0 stdin, 1 stdout, 2 stderr
    bool closed; // close() was called: reading and writing raise ValueError
} KrStdStream;

#define STREAM_FD(o) (((KrStdStream *)(o))->fd)

// ValueError for an operation on a closed stream (true), in io's words: the
// text layer's ends with a period, the file descriptor's (fileno, isatty) not.
static bool closed_error(KrThread *ts, KrObject *self, const char *msg)
{
    if (((KrStdStream *)self)->closed) {
        kr_err_set_str(ts, &kr_exc_ValueError, msg);
        return true;
    }
    return false;
}

#define stream_closed(ts, self) closed_error(ts, self, "I/O operation on closed file.")
#define fd_closed(ts, self) closed_error(ts, self, "I/O operation on closed file")

// A chunk size for kr_vm_readline; longer lines are read in several calls.
#define READ_CHUNK 1024

static KrObject *new_stream(KrThread *ts, int fd)
{
    KrObject *s = kr_object_alloc(ts, &kr_std_stream_type, sizeof(KrStdStream));
    if (s != NULL) {
        STREAM_FD(s) = fd;
        ((KrStdStream *)s)->closed = false;
    }
    return s;
}

static void stream_dealloc(KrThread *ts, KrObject *self)
{
    kr_object_free(ts, self);
}

static const char *stream_name(KrObject *self)
{
    switch (STREAM_FD(self)) {
    case 0:
        return "<stdin>";
    case 1:
        return "<stdout>";
    default:
        return "<stderr>";
    }
}

static const char *stream_mode(KrObject *self)
{
    return STREAM_FD(self) == 0 ? "r" : "w";
}

static KrObject *stream_repr(KrThread *ts, KrObject *self)
{
    return kr_str_from_format(ts, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", stream_name(self),
                              stream_mode(self));
}

// io.UnsupportedOperation does not exist yet; it subclasses OSError in CPython.
static KrObject *unsupported(KrThread *ts, const char *what)
{
    kr_err_set_str(ts, &kr_exc_OSError, what);
    return NULL;
}

static KrObject *stream_write(KrThread *ts, KrObject *self, KrObject *text)
{
    if (stream_closed(ts, self)) {
        return NULL;
    }
    if (STREAM_FD(self) == 0) {
        return unsupported(ts, "not writable");
    }
    if (!kr_str_check(text)) {
        kr_err_format(ts, &kr_exc_TypeError, "write() argument must be str, not %s", kr_type_name_cstr(KR_TYPE(text)));
        return NULL;
    }
    size_t len;
    const char *utf8 = kr_str_utf8(ts, text, &len);
    if (utf8 == NULL) {
        return NULL;
    }
    kr_vm_write(ts->vm, STREAM_FD(self), utf8, len);
    return kr_int_from_i64(ts, KR_STR_LEN(text));
}

// Output goes straight to the embedder's callback, or to the process's
// buffered stdio, which is flushed here.
static KrObject *stream_flush(KrThread *ts, KrObject *self)
{
    if (stream_closed(ts, self)) {
        return NULL;
    }
    kr_vm_flush(ts->vm, STREAM_FD(self));
    KR_RETURN_NONE;
}

static KrObject *stream_fileno(KrThread *ts, KrObject *self)
{
    if (fd_closed(ts, self)) {
        return NULL;
    }
    return kr_int_from_i64(ts, STREAM_FD(self));
}

static KrObject *stream_isatty(KrThread *ts, KrObject *self)
{
    if (fd_closed(ts, self)) {
        return NULL;
    }
    return kr_bool_from(false);
}

static KrObject *stream_readable(KrThread *ts, KrObject *self)
{
    (void)ts;
    return kr_bool_from(STREAM_FD(self) == 0);
}

static KrObject *stream_writable(KrThread *ts, KrObject *self)
{
    (void)ts;
    return kr_bool_from(STREAM_FD(self) != 0);
}

// One line of standard input as str, newline kept; "" at EOF. The bytes are
// gathered before decoding so that a UTF-8 sequence split across chunks survives.
static KrObject *read_line(KrThread *ts)
{
    char chunk[READ_CHUNK];
    char *buf = NULL;
    size_t len = 0, cap = 0;
    KrObject *result = NULL;
    for (;;) {
        long n = kr_vm_readline(ts->vm, chunk, sizeof chunk);
        if (n < 0) {
            kr_err_set_str(ts, &kr_exc_OSError, "error reading from standard input");
            goto done;
        }
        if (n == 0) {
            break;
        }
        if (len + (size_t)n > cap) {
            size_t new_cap = cap ? cap * 2 : sizeof chunk;
            while (new_cap < len + (size_t)n) {
                new_cap *= 2;
            }
            char *grown = kr_mem_realloc(ts, buf, new_cap);
            if (grown == NULL) {
                goto done;
            }
            buf = grown;
            cap = new_cap;
        }
        memcpy(buf + len, chunk, (size_t)n);
        len += (size_t)n;
        if (chunk[n - 1] == '\n') {
            break;
        }
    }
    result = len ? kr_str_from_utf8(ts, buf, len) : KR_INCREF(ts->vm->empty_str);

done:
    if (buf != NULL) {
        kr_mem_free(ts, buf);
    }
    return result;
}

// readline(size=-1): the size limit is accepted for compatibility; a whole
// line is always returned because the host hands over whole lines.
static KrObject *stream_readline(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames)
{
    (void)args;
    if (kr_check_positional(ts, "readline", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (stream_closed(ts, self)) {
        return NULL;
    }
    if (STREAM_FD(self) != 0) {
        return unsupported(ts, "not readable");
    }
    return read_line(ts);
}

// read(): everything up to EOF, line by line. A size argument is accepted
// but not honoured yet (that needs a pending-input buffer).
static KrObject *stream_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)args;
    if (kr_check_positional(ts, "read", nargs, kwnames, 0, 1) < 0 || stream_closed(ts, self)) {
        return NULL;
    }
    if (STREAM_FD(self) != 0) {
        return unsupported(ts, "not readable");
    }
    KrObject *lines = kr_list_new(ts, 0);
    if (lines == NULL) {
        return NULL;
    }
    KrObject *result = NULL;
    for (;;) {
        KrObject *line = read_line(ts);
        if (line == NULL) {
            goto done;
        }
        if (KR_STR_LEN(line) == 0) {
            KR_DECREF(ts, line);
            break;
        }
        int rc = kr_list_append(ts, lines, line);
        KR_DECREF(ts, line);
        if (rc < 0) {
            goto done;
        }
    }
    result = kr_str_join(ts, ts->vm->empty_str, KR_LIST_ITEMS(lines), (size_t)KR_LIST_SIZE(lines));

done:
    KR_DECREF(ts, lines);
    return result;
}

// `for line in sys.stdin`.
static KrObject *stream_iternext(KrThread *ts, KrObject *self)
{
    if (stream_closed(ts, self)) {
        return NULL;
    }
    if (STREAM_FD(self) != 0) {
        return unsupported(ts, "not readable");
    }
    KrObject *line = read_line(ts);
    if (line != NULL && KR_STR_LEN(line) == 0) {
        KR_CLEAR(ts, line);
    }
    return line;
}

static KrObject *stream_get_name(KrThread *ts, KrObject *self)
{
    return kr_str_from_cstr(ts, stream_name(self));
}

static KrObject *stream_get_mode(KrThread *ts, KrObject *self)
{
    return kr_str_from_cstr(ts, stream_mode(self));
}

static KrObject *stream_get_encoding(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_str_from_cstr(ts, "utf-8");
}


static KrObject *sys_fs_errors(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_str_from_cstr(ts, "surrogateescape");
}

static KrObject *stream_get_errors(KrThread *ts, KrObject *self)
{
    return kr_str_from_cstr(ts, STREAM_FD(self) == 2 ? "backslashreplace" : "strict");
}

static KrObject *stream_get_closed(KrThread *ts, KrObject *self)
{
    (void)ts;
    return kr_bool_from(((KrStdStream *)self)->closed);
}

// close(): flushes, then refuses further reads and writes. The process's own
// descriptor stays open (the VM still reports uncaught errors through it).
static KrObject *stream_close(KrThread *ts, KrObject *self)
{
    if (!((KrStdStream *)self)->closed) {
        kr_vm_flush(ts->vm, STREAM_FD(self));
        ((KrStdStream *)self)->closed = true;
    }
    KR_RETURN_NONE;
}

// `with sys.stdin:` (json.tool, fileinput) closes the stream at the end, as io's files.
static KrObject *stream_enter(KrThread *ts, KrObject *self)
{
    if (stream_closed(ts, self)) {
        return NULL;
    }
    return KR_INCREF(self);
}

static KrObject *stream_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return stream_close(ts, self);
}

static const KrMethodDef stream_methods[] = {
    {"__enter__", (void *)stream_enter, KR_METH_NOARGS, false, false, NULL},
    {"__exit__", (void *)stream_exit, KR_METH_VARARGS, false, false, NULL},
    {"write", (void *)stream_write, KR_METH_O, false, false, "Write string to stream."},
    {"flush", (void *)stream_flush, KR_METH_NOARGS, false, false, "Flush the write buffers of the stream."},
    {"close", (void *)stream_close, KR_METH_NOARGS, false, false, "Flush and close the stream."},
    {"fileno", (void *)stream_fileno, KR_METH_NOARGS, false, false, "Return the underlying file descriptor."},
    {"isatty", (void *)stream_isatty, KR_METH_NOARGS, false, false, "Return whether this is an interactive stream."},
    {"readable", (void *)stream_readable, KR_METH_NOARGS, false, false, "Return whether the stream can be read."},
    {"writable", (void *)stream_writable, KR_METH_NOARGS, false, false, "Return whether the stream can be written."},
    {"readline", (void *)stream_readline, KR_METH_VARARGS, false, false, "Read until newline or EOF."},
    {"read", (void *)stream_read, KR_METH_VARARGS, false, false, "Read until EOF."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef stream_getsets[] = {
    {"name", stream_get_name, NULL, NULL},
    {"mode", stream_get_mode, NULL, NULL},
    {"encoding", stream_get_encoding, NULL, NULL},
    {"errors", stream_get_errors, NULL, NULL},
    {"closed", stream_get_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_std_stream_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(KrStdStream),
    .base_type = &kr_object_type,
    .doc = "Character and line based layer over the interpreter's standard streams.",
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .iter = kr_iter_self,
    .iternext = stream_iternext,
    .methods = stream_methods,
    .getsets = stream_getsets,
};

// ---- sys.implementation ---------------------------------------------------

// namespace(name='krait', cache_tag='krait-311', version=..., hexversion=...):
// made after version_info and hexversion, which it shares.
static KrObject *make_implementation(KrThread *ts, KrObject *sysdict) {
    KrObject *d = kr_dict_new(ts);
    KrObject *name = kr_str_from_cstr(ts, "krait");
    KrObject *tag = kr_str_from_format(ts, "krait-%d%d", KRAIT_VERSION_MAJOR, KRAIT_VERSION_MINOR);
    KrObject *version = kr_dict_get_item_str(ts, sysdict, "version_info");
    KrObject *hexversion = kr_dict_get_item_str(ts, sysdict, "hexversion");
    KrObject *ns = NULL;
    if (d && name && tag && version && hexversion && kr_dict_set_item_str(ts, d, "name", name) == 0 &&
        kr_dict_set_item_str(ts, d, "cache_tag", tag) == 0 && kr_dict_set_item_str(ts, d, "version", version) == 0 &&
        kr_dict_set_item_str(ts, d, "hexversion", hexversion) == 0) {
        ns = kr_namespace_new(ts, d);
    }
    KR_XDECREF(ts, d);
    KR_XDECREF(ts, name);
    KR_XDECREF(ts, tag);
    return ns;
}

// ---- sys.version_info -------------------------------------------------------

// A struct sequence (object/structseq.c): indexing, slicing, hashing and
// comparison come from tuple.
#define VERSION_INFO_FIELDS 5

static KrObject *new_version_info(KrThread *ts)
{
    KrObject *v[VERSION_INFO_FIELDS] = {
        kr_int_from_i64(ts, KRAIT_VERSION_MAJOR), kr_int_from_i64(ts, KRAIT_VERSION_MINOR),
        kr_int_from_i64(ts, KRAIT_VERSION_MICRO), kr_str_from_cstr(ts, "final"), kr_int_from_i64(ts, 0),
    };
    return kr_structseq_pack(ts, &kr_version_info_type, v);
}

static KrObject *version_info_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames)
{
    (void)type;
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_set_str(ts, &kr_exc_TypeError, "cannot create 'sys.version_info' instances");
    return NULL;
}

static const KrGetSetDef version_info_getsets[] = {
    {"major", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"minor", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"micro", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {"releaselevel", kr_structseq_get_3, kr_structseq_readonly, NULL},
    {"serial", kr_structseq_get_4, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc version_info_desc = {VERSION_INFO_FIELDS, VERSION_INFO_FIELDS};

KrType kr_version_info_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "sys.version_info",
    .doc = "Version information as a named tuple.",
    .new_ = version_info_new,
    .getsets = version_info_getsets,
    .type_data = &version_info_desc,
};

// ---- sys.hash_info ----------------------------------------------------------

extern KrType kr_hash_info_type;

// The parameters of Krait's hashes, which are CPython's on a 64-bit build.
#define HASH_INFO_FIELDS 9

static KrObject *new_hash_info(KrThread *ts)
{
    KrObject *v[HASH_INFO_FIELDS] = {
        kr_int_from_i64(ts, 64),      kr_int_from_i64(ts, ((int64_t)1 << 61) - 1), kr_int_from_i64(ts, 314159),
        kr_int_from_i64(ts, 0),       kr_int_from_i64(ts, 1000003),                kr_str_from_cstr(ts, "siphash13"),
        kr_int_from_i64(ts, 64),      kr_int_from_i64(ts, 128),                    kr_int_from_i64(ts, 0),
    };
    return kr_structseq_pack(ts, &kr_hash_info_type, v);
}

static const KrGetSetDef hash_info_getsets[] = {
    {"width", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"modulus", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"inf", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {"nan", kr_structseq_get_3, kr_structseq_readonly, NULL},
    {"imag", kr_structseq_get_4, kr_structseq_readonly, NULL},
    {"algorithm", kr_structseq_get_5, kr_structseq_readonly, NULL},
    {"hash_bits", kr_structseq_get_6, kr_structseq_readonly, NULL},
    {"seed_bits", kr_structseq_get_7, kr_structseq_readonly, NULL},
    {"cutoff", kr_structseq_get_8, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc hash_info_desc = {HASH_INFO_FIELDS, HASH_INFO_FIELDS};

KrType kr_hash_info_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "sys.hash_info",
    .doc = "Hash information: parameters of the numeric and string hashes.",
    .new_ = kr_structseq_new_slot,
    .getsets = hash_info_getsets,
    .type_data = &hash_info_desc,
};

// ---- sys.float_info and sys.int_info ---------------------------------------

extern KrType kr_float_info_type, kr_int_info_type;

#define FLOAT_INFO_FIELDS 11
#define INT_INFO_FIELDS 4

// IEEE 754 binary64 on every target: <float.h>'s values, spelled out.
static KrObject *new_float_info(KrThread *ts)
{
    KrObject *v[FLOAT_INFO_FIELDS] = {
        kr_float_from_double(ts, 1.7976931348623157e+308), kr_int_from_i64(ts, 1024), kr_int_from_i64(ts, 308),
        kr_float_from_double(ts, 2.2250738585072014e-308), kr_int_from_i64(ts, -1021), kr_int_from_i64(ts, -307),
        kr_int_from_i64(ts, 15), kr_int_from_i64(ts, 53), kr_float_from_double(ts, 2.220446049250313e-16),
        kr_int_from_i64(ts, 2), kr_int_from_i64(ts, 1),
    };
    return kr_structseq_pack(ts, &kr_float_info_type, v);
}

// CPython's numbers (30-bit digits): code reads them to size its own work.
static KrObject *new_int_info(KrThread *ts)
{
    KrObject *v[INT_INFO_FIELDS] = {kr_int_from_i64(ts, 30), kr_int_from_i64(ts, 4), kr_int_from_i64(ts, 4300),
                                    kr_int_from_i64(ts, 640)};
    return kr_structseq_pack(ts, &kr_int_info_type, v);
}

static const KrGetSetDef float_info_getsets[] = {
    {"max", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"max_exp", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"max_10_exp", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {"min", kr_structseq_get_3, kr_structseq_readonly, NULL},
    {"min_exp", kr_structseq_get_4, kr_structseq_readonly, NULL},
    {"min_10_exp", kr_structseq_get_5, kr_structseq_readonly, NULL},
    {"dig", kr_structseq_get_6, kr_structseq_readonly, NULL},
    {"mant_dig", kr_structseq_get_7, kr_structseq_readonly, NULL},
    {"epsilon", kr_structseq_get_8, kr_structseq_readonly, NULL},
    {"radix", kr_structseq_get_9, kr_structseq_readonly, NULL},
    {"rounds", kr_structseq_get_10, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrGetSetDef int_info_getsets[] = {
    {"bits_per_digit", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"sizeof_digit", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"default_max_str_digits", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {"str_digits_check_threshold", kr_structseq_get_3, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc float_info_desc = {FLOAT_INFO_FIELDS, FLOAT_INFO_FIELDS};
static const KrStructSeqDesc int_info_desc = {INT_INFO_FIELDS, INT_INFO_FIELDS};

KrType kr_float_info_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "sys.float_info",
    .doc = "A named tuple holding information about the float type.",
    .new_ = kr_structseq_new_slot,
    .getsets = float_info_getsets,
    .type_data = &float_info_desc,
};

KrType kr_int_info_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "sys.int_info",
    .doc = "A named tuple that holds information about Python's internal representation of integers.",
    .new_ = kr_structseq_new_slot,
    .getsets = int_info_getsets,
    .type_data = &int_info_desc,
};

// ---- sys.flags --------------------------------------------------------------

extern KrType kr_flags_type;

#define FLAGS_FIELDS 18

// The command-line flags as CPython names them; Krait takes none of them (-B
// is sys.dont_write_bytecode), so they read as a plain `python3` run's.
static KrObject *new_flags(KrThread *ts)
{
    KrObject *v[FLAGS_FIELDS];
    for (int i = 0; i < FLAGS_FIELDS; i++) {
        v[i] = kr_int_from_i64(ts, i == 11 ? 1 : i == 17 ? -1 : 0);
    }
    KR_DECREF(ts, v[13]);
    KR_DECREF(ts, v[16]);
    v[13] = kr_bool_from(false);
    v[16] = kr_bool_from(false);
    return kr_structseq_pack(ts, &kr_flags_type, v);
}

static const KrGetSetDef flags_getsets[] = {
    {"debug", kr_structseq_get_0, kr_structseq_readonly, NULL},
    {"inspect", kr_structseq_get_1, kr_structseq_readonly, NULL},
    {"interactive", kr_structseq_get_2, kr_structseq_readonly, NULL},
    {"optimize", kr_structseq_get_3, kr_structseq_readonly, NULL},
    {"dont_write_bytecode", kr_structseq_get_4, kr_structseq_readonly, NULL},
    {"no_user_site", kr_structseq_get_5, kr_structseq_readonly, NULL},
    {"no_site", kr_structseq_get_6, kr_structseq_readonly, NULL},
    {"ignore_environment", kr_structseq_get_7, kr_structseq_readonly, NULL},
    {"verbose", kr_structseq_get_8, kr_structseq_readonly, NULL},
    {"bytes_warning", kr_structseq_get_9, kr_structseq_readonly, NULL},
    {"quiet", kr_structseq_get_10, kr_structseq_readonly, NULL},
    {"hash_randomization", kr_structseq_get_11, kr_structseq_readonly, NULL},
    {"isolated", kr_structseq_get_12, kr_structseq_readonly, NULL},
    {"dev_mode", kr_structseq_get_13, kr_structseq_readonly, NULL},
    {"utf8_mode", kr_structseq_get_14, kr_structseq_readonly, NULL},
    {"warn_default_encoding", kr_structseq_get_15, kr_structseq_readonly, NULL},
    {"safe_path", kr_structseq_get_16, kr_structseq_readonly, NULL},
    {"int_max_str_digits", kr_structseq_get_17, kr_structseq_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrStructSeqDesc flags_desc = {FLAGS_FIELDS, FLAGS_FIELDS};

static KrObject *flags_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)type;
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_set_str(ts, &kr_exc_TypeError, "cannot create 'sys.flags' instances");
    return NULL;
}

KrType kr_flags_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "sys.flags",
    .doc = "Flags provided through command line arguments or environment vars.",
    .new_ = flags_new,
    .getsets = flags_getsets,
    .type_data = &flags_desc,
};

// ---- functions --------------------------------------------------------------

// sys.unraisablehook(unraisable): the default report ("Exception ignored in: ...").
static KrObject *sys_unraisablehook(KrThread *ts, KrObject *self, KrObject *args)
{
    (void)self;
    kr_gc_default_unraisable(ts, args);
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// sys.excepthook(type, value, traceback): prints the exception as an uncaught one.
static KrObject *sys_excepthook(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "excepthook", nargs, kwnames, 3, 3) < 0) {
        return NULL;
    }
    if (kr_exception_check(args[1])) {
        kr_err_print(ts, args[1]);
    } else {
        KrObject *line = kr_str_from_format(ts, "TypeError: print_exception(): Exception expected for value, %T found\n",
                                            args[1]);
        size_t n;
        const char *u = line ? kr_str_utf8(ts, line, &n) : NULL;
        if (u) {
            kr_vm_write(ts->vm, 2, u, n);
        }
        KR_XDECREF(ts, line);
    }
    KR_RETURN_NONE;
}

static KrObject *sys_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "exit", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    kr_err_set_type(ts, &kr_exc_SystemExit, nargs == 1 ? args[0] : NULL);
    return NULL;
}

static KrObject *sys_getrecursionlimit(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_int_from_i64(ts, ts->vm->recursion_limit);
}

// An int argument converted as CPython's `int` argument clinic converter.
int kr_sys_int_arg(KrThread *ts, KrObject *o, int *out)
{
    KrObject *idx = kr_number_index(ts, o);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(idx, &overflow);
    KR_DECREF(ts, idx);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static KrObject *sys_setrecursionlimit(KrThread *ts, KrObject *self, KrObject *arg)
{
    (void)self;
    int limit;
    if (kr_sys_int_arg(ts, arg, &limit) < 0) {
        return NULL;
    }
    if (limit < 1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    if (ts->py_depth >= limit) {
        kr_err_format(ts, &kr_exc_RecursionError,
                      "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
                      ts->py_depth);
        return NULL;
    }
    ts->vm->recursion_limit = limit;
    ts->c_depth_ok = 0; // re-derive the C-depth bound from the new limit
    KR_RETURN_NONE;
}


// sys.getallocatedblocks(): the small blocks the interpreter's allocator has
// handed out and not taken back (every object, as CPython's obmalloc counts).
static KrObject *sys_getallocatedblocks(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_int_from_i64(ts, ts->vm->pool.nblocks);
}
// sys._getframe([depth]): the frame object `depth` calls up from the caller.
static KrObject *sys_getframe(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    if (kwnames && KR_TUPLE_SIZE(kwnames)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "sys._getframe() takes no keyword arguments");
        return NULL;
    }
    if (kr_check_positional(ts, "_getframe", nargs, NULL, 0, 1) < 0) {
        return NULL;
    }
    int depth = 0;
    if (nargs == 1 && kr_sys_int_arg(ts, args[0], &depth) < 0) {
        return NULL;
    }
    KrFrame *f = ts->frame;
    for (; f && depth > 0; depth--) {
        f = f->back;
    }
    if (!f) {
        kr_err_set_str(ts, &kr_exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return kr_frameobject_get(ts, f);
}

// sys.settrace(func) / sys.setprofile(func): None turns them off.
static KrObject *sys_settrace(KrThread *ts, KrObject *self, KrObject *func)
{
    (void)self;
    kr_trace_set(ts, func, false);
    KR_RETURN_NONE;
}

static KrObject *sys_gettrace(KrThread *ts, KrObject *self)
{
    (void)self;
    return KR_INCREF(ts->trace_func ? ts->trace_func : KR_NONE);
}

static KrObject *sys_setprofile(KrThread *ts, KrObject *self, KrObject *func)
{
    (void)self;
    kr_trace_set(ts, func, true);
    KR_RETURN_NONE;
}

static KrObject *sys_getprofile(KrThread *ts, KrObject *self)
{
    (void)self;
    return KR_INCREF(ts->profile_func ? ts->profile_func : KR_NONE);
}

// The argument itself holds a reference (the caller's stack), as in CPython,
// so getrefcount(object()) is 1. Immortal objects report 2**32 - 1, as 3.12 does.
static KrObject *sys_getrefcount(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return kr_int_from_i64(ts, o->refcnt < 0 ? (int64_t)UINT32_MAX : (int64_t)o->refcnt);
}

static KrObject *sys_intern(KrThread *ts, KrObject *self, KrObject *s)
{
    (void)self;
    if (!kr_str_check(s)) {
        kr_err_format(ts, &kr_exc_TypeError, "intern() argument must be str, not %s", kr_type_name_cstr(KR_TYPE(s)));
        return NULL;
    }
    if (!kr_str_check_exact(s)) {
        kr_err_format(ts, &kr_exc_TypeError, "can't intern %s", kr_type_name_cstr(KR_TYPE(s)));
        return NULL;
    }
    return kr_str_intern(ts, KR_INCREF(s));
}

// sys.getsizeof(object[, default]): __sizeof__() plus what CPython keeps
// before the object (see object/sizeof.c). `default` stands in for a
// TypeError only.
static KrObject *sys_getsizeof(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"object", "default", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (kr_parse_args(ts, "getsizeof", args, nargs, kwnames, names, 1, 0, 2, argv) < 0) {
        return NULL;
    }
    KrObject *o = argv[0], *dflt = argv[1];
    KrObject *r = NULL;
    // Looked up on the type and bound to o, so a class's size is the
    // metaclass's answer (type.__sizeof__), not its instances'.
    KrObject *meth = kr_type_lookup(ts, KR_TYPE(o), KR_ID(ts, __sizeof__));
    if (!meth) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "Type %s doesn't define __sizeof__", KR_TYPE(o)->name);
        }
    } else {
        KR_INCREF(meth);
        KrDescrGetFn get = KR_TYPE(meth)->descr_get;
        KrObject *bound = get ? get(ts, meth, o, (KrObject *)KR_TYPE(o)) : KR_INCREF(meth);
        KR_DECREF(ts, meth);
        r = bound ? kr_call0(ts, bound) : NULL;
        KR_XDECREF(ts, bound);
        if (r && !kr_int_check(r)) {
            KR_CLEAR(ts, r);
            kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
        }
    }
    if (!r) {
        if (dflt && kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            return KR_INCREF(dflt);
        }
        return NULL;
    }
    int ovf;
    int64_t size = kr_int_as_i64(r, &ovf);
    KR_DECREF(ts, r);
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return NULL;
    }
    if (size < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "__sizeof__() should return >= 0");
        return NULL;
    }
    return kr_int_from_i64(ts, size + kr_sizeof_presize(o));
}

static KrObject *sys_exc_info(KrThread *ts, KrObject *self)
{
    (void)self;
    KrObject *exc = kr_exc_info_borrow(ts);
    if (exc == NULL || exc == KR_NONE) {
        return kr_tuple_pack(ts, 3, KR_NONE, KR_NONE, KR_NONE);
    }
    KrObject *tb = NULL;
    if (kr_exception_check(exc)) {
        tb = ((KrException *)exc)->traceback;
    }
    return kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(exc), exc, tb ? tb : KR_NONE);
}

static KrObject *sys_get_int_max_str_digits(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_int_from_i64(ts, ts->vm->int_max_str_digits);
}

static KrObject *sys_set_int_max_str_digits(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                            KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"maxdigits", NULL};
    KrObject *arg = NULL;
    if (kr_parse_args(ts, "set_int_max_str_digits", args, nargs, kwnames, names, 1, 0, 1, &arg) < 0) {
        return NULL;
    }
    int maxdigits;
    if (kr_sys_int_arg(ts, arg, &maxdigits) < 0) {
        return NULL;
    }
    if (maxdigits != 0 && maxdigits < INT_MAX_STR_DIGITS_THRESHOLD) {
        kr_err_format(ts, &kr_exc_ValueError, "maxdigits must be 0 or larger than %d", INT_MAX_STR_DIGITS_THRESHOLD);
        return NULL;
    }
    ts->vm->int_max_str_digits = maxdigits;
    KR_RETURN_NONE;
}

static KrObject *sys_utf8(KrThread *ts, KrObject *self)
{
    (void)self;
    return kr_str_from_cstr(ts, "utf-8");
}

static const KrMethodDef sys_functions[] = {
    {"exit", (void *)sys_exit, KR_METH_VARARGS, false, false, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", (void *)sys_getrecursionlimit, KR_METH_NOARGS, false, false,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", (void *)sys_setrecursionlimit, KR_METH_O, false, false,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"getallocatedblocks", (void *)sys_getallocatedblocks, KR_METH_NOARGS, false, false,
     "Return the number of memory blocks currently allocated."},
    {"_getframe", (void *)sys_getframe, KR_METH_VARARGS, false, false, "Return a frame object from the call stack."},
    {"settrace", (void *)sys_settrace, KR_METH_O, false, false, "Set the global debug tracing function."},
    {"gettrace", (void *)sys_gettrace, KR_METH_NOARGS, false, false, "Return the global debug tracing function."},
    {"setprofile", (void *)sys_setprofile, KR_METH_O, false, false, "Set the profiling function."},
    {"getprofile", (void *)sys_getprofile, KR_METH_NOARGS, false, false, "Return the profiling function."},
    {"unraisablehook", (void *)sys_unraisablehook, KR_METH_O, false, false,
     "Handle an unraisable exception."},
    {"excepthook", (void *)sys_excepthook, KR_METH_VARARGS, false, false, "Handle an exception by displaying it."},
    {"getrefcount", (void *)sys_getrefcount, KR_METH_O, false, false, "Return the reference count of object."},
    {"getsizeof", (void *)sys_getsizeof, KR_METH_VARARGS, false, false,
     "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"intern", (void *)sys_intern, KR_METH_O, false, false, "``Intern'' the given string."},
    {"exc_info", (void *)sys_exc_info, KR_METH_NOARGS, false, false,
     "Return current exception information: (type, value, traceback)."},
    {"get_int_max_str_digits", (void *)sys_get_int_max_str_digits, KR_METH_NOARGS, false, false,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", (void *)sys_set_int_max_str_digits, KR_METH_VARARGS, false, false,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getdefaultencoding", (void *)sys_utf8, KR_METH_NOARGS, false, false,
     "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", (void *)sys_utf8, KR_METH_NOARGS, false, false,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", (void *)sys_fs_errors, KR_METH_NOARGS, false, false,
     "Return the error mode used Unicode to OS filename conversion."},
    {NULL, NULL, 0, false, false, NULL},
};

// ---- the module -------------------------------------------------------------

// Stores `value` (stolen; NULL means the creation failed) as sys.<name>.
static int set_attr_steal(KrThread *ts, KrObject *dict, const char *name, KrObject *value)
{
    if (value == NULL) {
        return -1;
    }
    int rc = kr_dict_set_item_str(ts, dict, name, value);
    KR_DECREF(ts, value);
    return rc;
}

static KrObject *make_argv(KrThread *ts)
{
    const KrConfig *config = &ts->vm->config;
    KrObject *argv = kr_list_new(ts, 0);
    if (argv == NULL) {
        return NULL;
    }
    // With no script, CPython's sys.argv is [''].
    int argc = config->argc > 0 && config->argv != NULL ? config->argc : 0;
    for (int i = 0; i < (argc ? argc : 1); i++) {
        KrObject *arg = argc ? kr_str_from_cstr(ts, config->argv[i]) : kr_str_from_cstr(ts, "");
        if (arg == NULL || kr_list_append(ts, argv, arg) < 0) {
            KR_XDECREF(ts, arg);
            KR_DECREF(ts, argv);
            return NULL;
        }
        KR_DECREF(ts, arg);
    }
    return argv;
}

// sys.builtin_module_names: the names in modules.def, sorted as CPython's.
static KrObject *make_builtin_module_names(KrThread *ts)
{
    static const char *const names[] = {
#define MODULE(name, create) #name,
#include "modules.def"
#undef MODULE
    };
    size_t n = sizeof names / sizeof names[0];
    KrObject *list = kr_list_new(ts, 0);
    if (list == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        KrObject *s = kr_str_intern_cstr(ts, names[i]);
        if (s == NULL || kr_list_append(ts, list, s) < 0) {
            KR_XDECREF(ts, s);
            KR_DECREF(ts, list);
            return NULL;
        }
        KR_DECREF(ts, s);
    }
    KrObject *tuple = NULL;
    if (kr_list_sort(ts, list, NULL, false) == 0) {
        tuple = kr_list_as_tuple(ts, list);
    }
    KR_DECREF(ts, list);
    return tuple;
}

// sys.stdlib_module_names: a frozenset of CPython 3.11's standard library names.
static KrObject *make_stdlib_module_names(KrThread *ts)
{
    size_t n = sizeof kr_stdlib_module_names / sizeof kr_stdlib_module_names[0];
    KrObject *set = kr_frozenset_new(ts, NULL);
    for (size_t i = 0; set && i < n; i++) {
        KrObject *s = kr_str_from_cstr(ts, kr_stdlib_module_names[i]);
        if (!s || kr_set_add(ts, set, s) < 0) {
            KR_XDECREF(ts, s);
            KR_CLEAR(ts, set);
            break;
        }
        KR_DECREF(ts, s);
    }
    return set;
}

static const char copyright[] =
    "Copyright (c) 2026 The Krait authors.\nAll Rights Reserved.\n\n"
    "The bundled standard library is CPython's:\n"
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

// The attributes CPython sets from its build and runtime (sys._git, sys.abiflags, ...)
// and the default hooks' second names (sys.__displayhook__, ...).
static int add_runtime_attrs(KrThread *ts, KrObject *d)
{
    KrObject *krait = kr_str_from_cstr(ts, "Krait");
    KrObject *empty = kr_str_empty(ts);
    KrObject *git = krait && empty ? kr_tuple_pack(ts, 3, krait, empty, empty) : NULL;
    KR_XDECREF(ts, krait);
    KR_XDECREF(ts, empty);
    if (set_attr_steal(ts, d, "_git", git) < 0 ||
        set_attr_steal(ts, d, "abiflags", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "api_version", kr_int_from_i64(ts, 1013)) < 0 ||
        set_attr_steal(ts, d, "copyright", kr_str_from_cstr(ts, copyright)) < 0 ||
        kr_dict_set_item_str(ts, d, "_home", KR_NONE) < 0 ||
        set_attr_steal(ts, d, "_stdlib_dir", kr_str_from_cstr(ts, KRAIT_STDLIB_BUNDLE_PATH)) < 0 ||
        set_attr_steal(ts, d, "_base_executable", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "_framework", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "thread_info", kr_sys_thread_info(ts)) < 0 ||
        set_attr_steal(ts, d, "stdlib_module_names", make_stdlib_module_names(ts)) < 0) {
        return -1;
    }
    static const char *const hooks[] = {"displayhook", "breakpointhook"};
    for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
        char dunder[32];
        snprintf(dunder, sizeof dunder, "__%s__", hooks[i]);
        KrObject *hook = kr_dict_get_item_str(ts, d, hooks[i]);
        if (!hook || kr_dict_set_item_str(ts, d, dunder, hook) < 0) {
            return -1;
        }
    }
    return 0;
}

// Adds the three standard streams, each under two names (sys.stdout and sys.__stdout__).
static int add_streams(KrThread *ts, KrObject *dict)
{
    static const char *const names[3][2] = {
        {"stdin", "__stdin__"},
        {"stdout", "__stdout__"},
        {"stderr", "__stderr__"},
    };
    for (int fd = 0; fd < 3; fd++) {
        KrObject *stream = new_stream(ts, fd);
        if (stream == NULL) {
            return -1;
        }
        int rc = kr_dict_set_item_str(ts, dict, names[fd][0], stream);
        if (rc == 0) {
            rc = kr_dict_set_item_str(ts, dict, names[fd][1], stream);
        }
        KR_DECREF(ts, stream);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// Creates the sys module. sys.modules is the VM's modules dict when it
// already exists; the caller stores the module and its dict in the VM.
// sys.path: the script's directory entry ('') until the import system fills it.
static KrObject *make_path(KrThread *ts) {
    KrObject *empty = kr_str_from_utf8(ts, "", 0);
    KrObject *l = empty ? kr_list_from_array(ts, &empty, 1) : NULL;
    KR_XDECREF(ts, empty);
    return l;
}

KrObject *kr_sys_create(KrThread *ts)
{
    KrObject *name = kr_str_intern_cstr(ts, "sys");
    if (name == NULL) {
        return NULL;
    }
    KrObject *module = kr_module_new(ts, name);
    KR_DECREF(ts, name);
    if (module == NULL) {
        return NULL;
    }
    KrObject *d = KR_MODULE_DICT(module);
    if (kr_module_add_functions(ts, module, sys_functions) < 0 ||
        kr_module_add_functions(ts, module, kr_sys_hook_functions) < 0 || add_runtime_attrs(ts, d) < 0 ||
        add_streams(ts, d) < 0 ||
        set_attr_steal(ts, d, "argv", make_argv(ts)) < 0 ||
        set_attr_steal(ts, d, "orig_argv", make_argv(ts)) < 0 ||
        set_attr_steal(ts, d, "version", kr_str_from_cstr(ts, KRAIT_VERSION " (krait) [C11]")) < 0 ||
        set_attr_steal(ts, d, "version_info", new_version_info(ts)) < 0 ||
        set_attr_steal(ts, d, "hexversion",
                       kr_int_from_i64(ts, ((int64_t)KRAIT_VERSION_MAJOR << 24) | (KRAIT_VERSION_MINOR << 16) |
                                               (KRAIT_VERSION_MICRO << 8) | 0xF0)) < 0 ||
        set_attr_steal(ts, d, "implementation", make_implementation(ts, d)) < 0 ||
        set_attr_steal(ts, d, "hash_info", new_hash_info(ts)) < 0 ||
        set_attr_steal(ts, d, "float_info", new_float_info(ts)) < 0 ||
        set_attr_steal(ts, d, "int_info", new_int_info(ts)) < 0 ||
        set_attr_steal(ts, d, "flags", new_flags(ts)) < 0 ||
        kr_dict_set_item_str(ts, d, "__excepthook__", kr_dict_get_item_str(ts, d, "excepthook")) < 0 ||
        kr_dict_set_item_str(ts, d, "__unraisablehook__", kr_dict_get_item_str(ts, d, "unraisablehook")) < 0 ||
        set_attr_steal(ts, d, "platform", kr_str_from_cstr(ts, kr_vm_platform())) < 0 ||
        set_attr_steal(ts, d, "byteorder", kr_str_from_cstr(ts, "little")) < 0 ||
        set_attr_steal(ts, d, "maxsize", kr_int_from_i64(ts, INTPTR_MAX)) < 0 ||
        set_attr_steal(ts, d, "maxunicode", kr_int_from_i64(ts, 0x10FFFF)) < 0 ||
        set_attr_steal(ts, d, "builtin_module_names", make_builtin_module_names(ts)) < 0 ||
        set_attr_steal(ts, d, "path", make_path(ts)) < 0 ||
        set_attr_steal(ts, d, "executable", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "prefix", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "exec_prefix", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "base_prefix", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "base_exec_prefix", kr_str_from_cstr(ts, "")) < 0 ||
        set_attr_steal(ts, d, "float_repr_style", kr_str_from_cstr(ts, "short")) < 0 ||
        set_attr_steal(ts, d, "warnoptions", kr_list_new(ts, 0)) < 0 ||
        set_attr_steal(ts, d, "_xoptions", kr_dict_new(ts)) < 0 ||
        kr_dict_set_item_str(ts, d, "pycache_prefix", KR_NONE) < 0 ||
        set_attr_steal(ts, d, "platlibdir", kr_str_from_cstr(ts, "lib")) < 0 ||
        kr_dict_set_item_str(ts, d, "dont_write_bytecode", KR_FALSE) < 0) {
        goto error;
    }
    if (ts->vm->modules != NULL && kr_dict_set_item_str(ts, d, "modules", ts->vm->modules) < 0) {
        goto error;
    }
    return module;

error:
    KR_DECREF(ts, module);
    return NULL;
}
