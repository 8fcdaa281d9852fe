// SPDX-License-Identifier: MIT
// The code object type, and the opcode name / stack-effect tables from opcodes.def.
#include "code.h"

#include <string.h>

#include "../vm/vm.h"
#include "containers.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

// ---- opcode tables -------------------------------------------------------------

const char *const kr_opcode_names[KR_OP_COUNT] = {
#define OP(name, arg, effect, jeffect) #name,
#include "../compiler/opcodes.def"
#undef OP
};

int kr_opcode_stack_effect(int op, int oparg, bool jump) {
    switch (op) {
#define OP(name, arg, effect, jeffect) \
    case KR_OP_##name:                 \
        return jump ? (jeffect) : (effect);
#include "../compiler/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

// ---- construction ------------------------------------------------------------------

KrCode *kr_code_new(KrThread *ts, const KrCode *fields) {
    KrCode *co = (KrCode *)kr_object_alloc(ts, &kr_code_type, sizeof(KrCode));
    if (!co) {
        return NULL;
    }
    KrObject base = co->base;
    *co = *fields;
    co->base = base;
    KR_INCREF(co->consts);
    KR_INCREF(co->names);
    KR_INCREF(co->varnames);
    KR_INCREF(co->cellvars);
    KR_INCREF(co->freevars);
    KR_INCREF(co->name);
    KR_INCREF(co->qualname);
    KR_INCREF(co->filename);
    co->nlocals = (int)KR_TUPLE_SIZE(co->varnames);
    co->ncells = (int)(KR_TUPLE_SIZE(co->cellvars) + KR_TUPLE_SIZE(co->freevars));
    return co;
}

int kr_code_line(const KrCode *co, int i) {
    if (i < 0 || i >= co->ncode || !co->positions) {
        return -1;
    }
    return co->positions[i].line;
}

// ---- slots ---------------------------------------------------------------------------

static void code_dealloc(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    kr_mem_free(ts, co->code);
    kr_mem_free(ts, co->positions);
    kr_mem_free(ts, co->exctab);
    kr_mem_free(ts, co->cell2arg);
    KR_XDECREF(ts, co->consts);
    KR_XDECREF(ts, co->names);
    KR_XDECREF(ts, co->varnames);
    KR_XDECREF(ts, co->cellvars);
    KR_XDECREF(ts, co->freevars);
    KR_XDECREF(ts, co->name);
    KR_XDECREF(ts, co->qualname);
    KR_XDECREF(ts, co->filename);
    kr_object_free(ts, o);
}

static KrObject *code_repr(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    return kr_str_from_format(ts, "<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                              co->filename, co->firstlineno);
}

// ---- attributes ------------------------------------------------------------------------

#define CODE_OBJ_GETTER(field)                                  \
    static KrObject *code_get_##field(KrThread *ts, KrObject *o) { \
        (void)ts;                                               \
        return KR_INCREF(((KrCode *)o)->field);                 \
    }
CODE_OBJ_GETTER(name)
CODE_OBJ_GETTER(qualname)
CODE_OBJ_GETTER(filename)
CODE_OBJ_GETTER(varnames)
CODE_OBJ_GETTER(names)
CODE_OBJ_GETTER(consts)
CODE_OBJ_GETTER(freevars)
CODE_OBJ_GETTER(cellvars)
#undef CODE_OBJ_GETTER

#define CODE_INT_GETTER(field)                                  \
    static KrObject *code_get_##field(KrThread *ts, KrObject *o) { \
        return kr_int_from_i64(ts, ((KrCode *)o)->field);        \
    }
CODE_INT_GETTER(firstlineno)
CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(nlocals)
CODE_INT_GETTER(flags)
CODE_INT_GETTER(stacksize)
#undef CODE_INT_GETTER

static const KrGetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_code_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "code",
    .basicsize = sizeof(KrCode),
    .base_type = &kr_object_type,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
};
