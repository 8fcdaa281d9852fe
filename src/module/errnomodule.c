// SPDX-License-Identifier: MIT
// The errno module: Linux's error codes by name on every host, and errorcode.
#include "modules.h"

#include "../object/containers.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"

KrObject *kr_errno_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "errno");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    KrObject *codes = m ? kr_dict_new(ts) : NULL;
    if (!codes || kr_dict_set_item_str(ts, KR_MODULE_DICT(m), "errorcode", codes) < 0) {
        goto error;
    }
    // A later alias of a code wins in errorcode (the port orders them so).
    for (const KrPortNamedInt *e = kr_port_errno_codes; e->name; e++) {
        KrObject *v = kr_int_from_i64(ts, e->value);
        KrObject *n = v ? kr_str_from_cstr(ts, e->name) : NULL;
        int rc = n ? kr_dict_set_item(ts, KR_MODULE_DICT(m), n, v) : -1;
        if (rc == 0) {
            rc = kr_dict_set_item(ts, codes, v, n);
        }
        KR_XDECREF(ts, v);
        KR_XDECREF(ts, n);
        if (rc < 0) {
            goto error;
        }
    }
    KR_DECREF(ts, codes);
    return m;
error:
    KR_XDECREF(ts, codes);
    KR_XDECREF(ts, m);
    return NULL;
}
