// SPDX-License-Identifier: MIT
// Python functions, builtin (C) functions, bound methods, cells and method descriptors.
#ifndef KR_FUNC_H
#define KR_FUNC_H

#include "object.h"
#include "code.h"

// LOAD_GLOBAL's inline cache: one entry per name of the function's code. A
// value (borrowed) stays valid while neither the globals nor the builtins dict
// has changed since, which their version counters tell.
typedef struct KrGlobalCache {
    uint64_t globals_version;
    uint64_t builtins_version;
    KrObject *value; // NULL: nothing cached
} KrGlobalCache;

typedef struct KrFunction {
    KrObject base;
    KrCode *code;
    KrObject *globals;      // dict
    KrObject *builtins;     // dict
    KrObject *defaults;     // tuple or NULL
    KrObject *kwdefaults;   // dict or NULL
    KrObject *closure;      // tuple of cells or NULL
    KrObject *name, *qualname, *module, *doc;
    KrObject *dict;         // function attributes, lazily created
    KrObject *annotations;  // dict or NULL
    KrGlobalCache *global_cache; // len(code->names) entries, made by the first LOAD_GLOBAL (eval.c)
} KrFunction;
extern KrType kr_function_type;
#define kr_function_check(o) (KR_TYPE(o) == &kr_function_type)
KrObject *kr_function_new(KrThread *ts, KrCode *code, KrObject *globals, KrObject *qualname);

// A C function exposed to Python (builtins, methods of builtin types bound to self).
typedef struct KrCFunction {
    KrObject base;
    const KrMethodDef *def;
    KrObject *self;         // bound object, or NULL for module-level functions
    KrObject *module;       // __module__ name or NULL
} KrCFunction;
extern KrType kr_cfunction_type;
KrObject *kr_cfunction_new(KrThread *ts, const KrMethodDef *def, KrObject *self, KrObject *module);

// A method of a builtin type looked up on the type (e.g. list.append): binds on access.
typedef struct KrMethodDescr {
    KrObject base;
    const KrMethodDef *def;
    KrType *owner;
} KrMethodDescr;
extern KrType kr_method_descr_type, kr_getset_descr_type, kr_classmethod_descr_type;

typedef struct KrGetSetDescr {
    KrObject base;
    const KrGetSetDef *def;
    KrType *owner;
} KrGetSetDescr;

// Bound method: a function with its self.
typedef struct KrMethod {
    KrObject base;
    KrObject *func, *self;
} KrMethod;
extern KrType kr_method_type;
KrObject *kr_method_new(KrThread *ts, KrObject *func, KrObject *self);
extern KrType kr_methodwrapper_type;
KrObject *kr_method_wrapper_new(KrThread *ts, KrObject *wrapper, KrObject *self);

// staticmethod / classmethod / property (used by classes)
extern KrType kr_staticmethod_type, kr_classmethod_type, kr_property_type;

typedef struct KrCell {
    KrObject base;
    KrObject *ref;          // NULL when empty
} KrCell;
extern KrType kr_cell_type;
KrObject *kr_cell_new(KrThread *ts, KrObject *value); // value may be NULL

// Argument parsing for C functions (fname NULL: CPython's words for a function
// declared without a name): binds args/kwnames to the names in
// `names` (NULL-terminated); the first `required` are mandatory. out[i] gets
// borrowed references (NULL when not given). Returns -1 with CPython's
// TypeError messages ("f() takes at most 2 arguments (3 given)",
// "f() got an unexpected keyword argument 'x'", "f() missing required argument 'x' (pos 1)").
// `npos_only` leading names are positional-only; names after `nposmax` are keyword-only.
int kr_parse_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                  const char *const *names, int required, int npos_only, int nposmax, KrObject **out);
// TypeError unless nargs is within [min, max] and there are no keywords.
int kr_check_positional(KrThread *ts, const char *fname, size_t nargs, KrObject *kwnames, size_t min, size_t max);

#endif
