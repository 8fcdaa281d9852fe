// SPDX-License-Identifier: MIT
// Module objects.
#ifndef KR_MODULE_H
#define KR_MODULE_H

#include "object.h"

typedef struct KrModuleObject {
    KrObject base;
    KrObject *dict;
} KrModuleObject;
extern KrType kr_module_type;
KrObject *kr_module_new(KrThread *ts, KrObject *name);   // sets __name__, __doc__ = None...
#define KR_MODULE_DICT(m) (((KrModuleObject *)(m))->dict)
// Adds the C functions in `defs` (terminated by a NULL name) to the module.
int kr_module_add_functions(KrThread *ts, KrObject *module, const KrMethodDef *defs);
// Sets module.name = value, stealing value (NULL: an error is already set); -1 on error.
int kr_module_add_steal(KrThread *ts, KrObject *module, const char *name, KrObject *value);

#endif
