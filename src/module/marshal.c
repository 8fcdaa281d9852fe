// SPDX-License-Identifier: MIT
// The marshal module: dumps/loads over vm/marshal.c (dump/load wait for file objects).
#include "modules.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../vm/marshal.h"

// marshal.dumps(value, version=4, /)
static KrObject *marshal_dumps(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "dumps", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    int version = KR_MARSHAL_VERSION;
    if (nargs > 1) {
        if (!kr_int_check(args[1])) {
            kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
            return NULL;
        }
        int ovf;
        int64_t v = kr_int_as_i64(args[1], &ovf);
        if (ovf || v > INT32_MAX || v < INT32_MIN) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        version = (int)v;
    }
    return kr_marshal_dumps(ts, args[0], version);
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
