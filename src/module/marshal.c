// SPDX-License-Identifier: MIT
// The marshal module: dumps/loads/dump/load over vm/marshal.c.
#include "modules.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/marshal.h"

// marshal.dumps(value, version=4, /)
// The optional version argument of dumps and dump.
static int version_arg(KrThread *ts, KrObject *const *args, size_t nargs, size_t at, int *version) {
    *version = KR_MARSHAL_VERSION;
    if (nargs <= at) {
        return 0;
    }
    if (!kr_int_check(args[at])) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[at]);
        return -1;
    }
    int ovf;
    int64_t v = kr_int_as_i64(args[at], &ovf);
    if (ovf || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *version = (int)v;
    return 0;
}

static KrObject *marshal_dumps(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    (void)self;
    int version;
    if (kr_check_positional(ts, "dumps", nargs, kwnames, 1, 2) < 0 || version_arg(ts, args, nargs, 1, &version) < 0) {
        return NULL;
    }
    return kr_marshal_dumps(ts, args[0], version);
}

// marshal.dump(value, file, version=4, /): file.write(dumps(value, version)).
static KrObject *marshal_dump(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    (void)self;
    int version;
    if (kr_check_positional(ts, "dump", nargs, kwnames, 2, 3) < 0 || version_arg(ts, args, nargs, 2, &version) < 0) {
        return NULL;
    }
    KrObject *data = kr_marshal_dumps(ts, args[0], version);
    KrObject *r = data ? kr_call_method_cstr(ts, args[1], "write", &data, 1) : NULL;
    KR_XDECREF(ts, data);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KR_RETURN_NONE;
}

// marshal.load(file, /): one object from the file's current position. A
// seekable file is left just past the object, so objects dumped one after
// another load one after another; any other file is read to its end.
static KrObject *marshal_load(KrThread *ts, KrObject *self, KrObject *file) {
    (void)self;
    KrObject *zero = kr_int_from_i64(ts, 0);
    KrObject *probe = zero ? kr_call_method_cstr(ts, file, "read", &zero, 1) : NULL;
    KR_XDECREF(ts, zero);
    if (!probe) {
        return NULL;
    }
    bool is_bytes = kr_bytes_check(probe);
    if (!is_bytes) {
        kr_err_format(ts, &kr_exc_TypeError, "file.read() returned not bytes but %T", probe);
    }
    KR_DECREF(ts, probe);
    if (!is_bytes) {
        return NULL;
    }
    KrObject *seekable = kr_call_method_cstr(ts, file, "seekable", NULL, 0);
    if (!seekable) {
        kr_err_clear(ts); // no seekable(): read it to the end
    }
    bool can_seek = seekable && kr_is_true(ts, seekable) == 1;
    KR_XDECREF(ts, seekable);
    KrObject *start = can_seek ? kr_call_method_cstr(ts, file, "tell", NULL, 0) : NULL;
    if (can_seek && !start) {
        return NULL;
    }
    KrObject *data = kr_call_method_cstr(ts, file, "read", NULL, 0);
    const char *p;
    intptr_t n;
    size_t used = 0;
    KrObject *obj = data && kr_bytes_buffer_req(ts, data, &p, &n) == 0 ? kr_marshal_loads(ts, p, (size_t)n, &used)
                                                                       : NULL;
    KR_XDECREF(ts, data);
    if (obj && start) {
        KrObject *delta = kr_int_from_i64(ts, (int64_t)used);
        KrObject *end = delta ? kr_binop(ts, start, delta, KR_BINOP_ADD) : NULL;
        KrObject *r = end ? kr_call_method_cstr(ts, file, "seek", &end, 1) : NULL;
        KR_XDECREF(ts, r);
        KR_XDECREF(ts, end);
        KR_XDECREF(ts, delta);
        if (!r) {
            KR_CLEAR(ts, obj);
        }
    }
    KR_XDECREF(ts, start);
    return obj;
}

// marshal.loads(bytes, /): trailing bytes after the object are ignored, as in CPython.
static KrObject *marshal_loads(KrThread *ts, KrObject *self, KrObject *data) {
    (void)self;
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, data, &p, &n) < 0) {
        return NULL;
    }
    return kr_marshal_loads(ts, p, (size_t)n, NULL);
}

static const KrMethodDef marshal_functions[] = {
    {"dumps", marshal_dumps, KR_METH_VARARGS, false, false,
     "Return the bytes object that would be written to a file by dump(value, file)."},
    {"loads", marshal_loads, KR_METH_O, false, false, "Convert the bytes-like object to a value."},
    {"dump", marshal_dump, KR_METH_VARARGS, false, false, "Write the value on the open file."},
    {"load", marshal_load, KR_METH_O, false, false, "Read one value from the open file and return it."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_marshal_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "marshal");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m) {
        return NULL;
    }
    KrObject *version = kr_int_from_i64(ts, KR_MARSHAL_VERSION);
    if (!version || kr_module_add_functions(ts, m, marshal_functions) < 0 ||
        kr_dict_set_item_str(ts, KR_MODULE_DICT(m), "version", version) < 0) {
        KR_XDECREF(ts, version);
        KR_DECREF(ts, m);
        return NULL;
    }
    KR_DECREF(ts, version);
    return m;
}
