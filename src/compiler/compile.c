// SPDX-License-Identifier: MIT
// The compiler's driver: compilation units, instruction emission, constants,
// names and scopes, closures, constant folding and the public entry points.
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

// ---- errors ------------------------------------------------------------------

int kr_compile_error(KrCompiler *c, KrLoc loc, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    kr_symtable_raise(c->ts, c->filename, c->source, loc, buf);
    return -1;
}

// A SyntaxWarning at `loc`; when a filter makes it an error, the error is
// a SyntaxError there (as CPython's compiler_warn).
int kr_compile_warn(KrCompiler *c, KrLoc loc, const char *text) {
    KrThread *ts = c->ts;
    KrObject *msg = kr_str_from_cstr(ts, text);
    KrObject *filename = msg ? kr_str_from_cstr(ts, c->filename) : NULL;
    int rc = filename ? kr_warn_explicit(ts, &kr_exc_SyntaxWarning, msg, filename, loc.lineno) : -1;
    KR_XDECREF(ts, msg);
    KR_XDECREF(ts, filename);
    if (rc < 0 && kr_err_matches(ts, &kr_exc_SyntaxWarning)) {
        kr_err_clear(ts);
        return kr_compile_error(c, loc, "%s", text);
    }
    return rc;
}

// ---- emission -------------------------------------------------------------------

static int grow(KrThread *ts, void **items, int *cap, int need, size_t size) {
    if (need <= *cap) {
        return 0;
    }
    int ncap = *cap ? *cap * 2 : 16;
    while (ncap < need) {
        ncap *= 2;
    }
    void *p = kr_mem_realloc(ts, *items, size * (size_t)ncap);
    if (!p) {
        return -1;
    }
    *items = p;
    *cap = ncap;
    return 0;
}

int kr_compile_op(KrCompiler *c, int op, int arg) {
    KrUnit *u = c->u;
    if (arg < 0 || arg > KR_MAX_OPARG) {
        kr_err_set_str(c->ts, &kr_exc_SystemError, "compiler: operand out of range");
        return -1;
    }
    KR_TRY(grow(c->ts, (void **)&u->instrs, &u->capinstrs, u->ninstrs + 1, sizeof(KrInstr)));
    KrInstr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->handler = u->nhs ? u->hstack[u->nhs - 1] : -1;
    in->pos = u->pos;
    return 0;
}

int kr_compile_new_label(KrCompiler *c) {
    KrUnit *u = c->u;
    KR_TRY(grow(c->ts, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(int)));
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

int kr_compile_place(KrCompiler *c, int label) {
    c->u->labels[label] = c->u->ninstrs;
    return 0;
}

void kr_compile_set_loc(KrCompiler *c, KrLoc loc) {
    c->u->pos.line = loc.lineno;
    c->u->pos.end_line = loc.end_lineno;
    c->u->pos.col = loc.col_offset;
    c->u->pos.end_col = loc.end_col_offset;
}

// Artificial instructions get no position; the assembler gives them the previous one's.
void kr_compile_unset_loc(KrCompiler *c) {
    c->u->pos.line = -1;
    c->u->pos.end_line = -1;
    c->u->pos.col = -1;
    c->u->pos.end_col = -1;
}

// ---- exception handlers and frame blocks ----------------------------------------

int kr_compile_setup(KrCompiler *c, int kind, int label) {
    KrUnit *u = c->u;
    if (u->nhs >= KR_MAX_HSTACK) {
        KrLoc loc = {u->pos.line, u->pos.col, u->pos.end_line, u->pos.end_col};
        return kr_compile_error(c, loc, "too many statically nested blocks");
    }
    KR_TRY(grow(c->ts, (void **)&u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof(KrHandlerRec)));
    int id = u->nhandlers++;
    u->handlers[id].label = label;
    u->handlers[id].kind = kind;
    u->handlers[id].depth = -1;
    KR_TRY(kr_compile_op(c, KR_PSEUDO_SETUP, id));
    u->hstack[u->nhs++] = id;
    return 0;
}

void kr_compile_pop_block(KrCompiler *c) {
    if (c->u->nhs > 0) {
        c->u->nhs--;
    }
}

int kr_compile_push_fblock(KrCompiler *c, KrLoc loc, KrFBlockType type, int block, int exit, const void *datum) {
    KrUnit *u = c->u;
    if (u->nfblocks >= KR_MAX_FBLOCKS) {
        return kr_compile_error(c, loc, "too many statically nested blocks");
    }
    KrFBlock *f = &u->fblocks[u->nfblocks++];
    f->type = type;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

void kr_compile_pop_fblock(KrCompiler *c) {
    c->u->nfblocks--;
}

// ---- constants -------------------------------------------------------------------

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

// Constants are deduplicated by type and value: 0, False, 0.0 and -0.0 stay distinct.
static uint64_t const_hash(KrObject *o) {
    uint64_t h = (uint64_t)(uintptr_t)KR_TYPE(o);
    if (kr_int_check_exact(o) || kr_bool_check(o)) {
        return mix(h, (uint64_t)kr_int_hash_value(o));
    }
    if (kr_float_check_exact(o)) {
        uint64_t bits;
        memcpy(&bits, &((KrFloat *)o)->value, sizeof(bits));
        return mix(h, bits);
    }
    if (kr_str_check_exact(o)) {
        return mix(h, (uint64_t)kr_str_hash_value(o));
    }
    if (KR_TYPE(o) == &kr_tuple_type) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(o); i++) {
            h = mix(h, const_hash(KR_TUPLE_GET(o, i)));
        }
        return h;
    }
    return mix(h, (uint64_t)(uintptr_t)o);
}

static bool const_equal(KrObject *a, KrObject *b) {
    if (a == b) {
        return true;
    }
    if (KR_TYPE(a) != KR_TYPE(b)) {
        return false;
    }
    if (kr_int_check_exact(a) || kr_bool_check(a)) {
        return kr_int_compare(a, b) == 0;
    }
    if (kr_float_check_exact(a)) {
        return memcmp(&((KrFloat *)a)->value, &((KrFloat *)b)->value, sizeof(double)) == 0;
    }
    if (KR_TYPE(a) == &kr_complex_type) {
        KrComplex *x = (KrComplex *)a, *y = (KrComplex *)b;
        return memcmp(&x->real, &y->real, sizeof(double)) == 0 && memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
    }
    if (kr_str_check_exact(a)) {
        return kr_str_equal(a, b);
    }
    if (KR_TYPE(a) == &kr_tuple_type) {
        if (KR_TUPLE_SIZE(a) != KR_TUPLE_SIZE(b)) {
            return false;
        }
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(a); i++) {
            if (!const_equal(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i))) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static int const_rehash(KrCompiler *c, KrUnit *u) {
    int ncap = u->const_cap ? u->const_cap * 2 : 32;
    int *idx = kr_mem_alloc(c->ts, sizeof(int) * (size_t)ncap);
    if (!idx) {
        return -1;
    }
    memset(idx, 0, sizeof(int) * (size_t)ncap);
    for (int i = 0; i < u->nconsts; i++) {
        uint64_t j = const_hash(u->consts[i]) & (uint64_t)(ncap - 1);
        while (idx[j]) {
            j = (j + 1) & (uint64_t)(ncap - 1);
        }
        idx[j] = i + 1;
    }
    kr_mem_free(c->ts, u->const_index);
    u->const_index = idx;
    u->const_cap = ncap;
    return 0;
}

int kr_compile_add_const(KrCompiler *c, KrObject *o) {
    KrUnit *u = c->u;
    if ((u->nconsts + 1) * 2 > u->const_cap) {
        KR_TRY(const_rehash(c, u));
    }
    uint64_t j = const_hash(o) & (uint64_t)(u->const_cap - 1);
    while (u->const_index[j]) {
        int i = u->const_index[j] - 1;
        if (const_equal(u->consts[i], o)) {
            return i;
        }
        j = (j + 1) & (uint64_t)(u->const_cap - 1);
    }
    KR_TRY(grow(c->ts, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof(KrObject *)));
    u->consts[u->nconsts] = KR_INCREF(o);
    u->const_index[j] = u->nconsts + 1;
    return u->nconsts++;
}

int kr_compile_load_const(KrCompiler *c, KrObject *o) {
    int i = kr_compile_add_const(c, o);
    KR_TRY(i);
    return kr_compile_op(c, KR_OP_LOAD_CONST, i);
}

int kr_compile_load_const_steal(KrCompiler *c, KrObject *o) {
    if (!o) {
        return -1;
    }
    int rc = kr_compile_load_const(c, o);
    KR_DECREF(c->ts, o);
    return rc;
}

int kr_compile_load_none(KrCompiler *c) {
    return kr_compile_load_const(c, KR_NONE);
}

int kr_compile_load_str(KrCompiler *c, const char *s) {
    return kr_compile_load_const_steal(c, kr_str_intern_cstr(c->ts, s));
}

// ---- names ---------------------------------------------------------------------------

int kr_compile_name_index(KrCompiler *c, KrNameList *list, const char *name) {
    int i = kr_symtable_map_get(&list->map, name);
    if (i >= 0) {
        return i;
    }
    KR_TRY(grow(c->ts, (void **)&list->items, &list->cap, list->n + 1, sizeof(char *)));
    KR_TRY(kr_symtable_map_put(c->ts, &list->map, name, list->n));
    list->items[list->n] = name;
    return list->n++;
}

static void namelist_free(KrThread *ts, KrNameList *list) {
    kr_mem_free(ts, (void *)list->items);
    kr_symtable_map_free(ts, &list->map);
    memset(list, 0, sizeof(*list));
}

const char *kr_compile_mangle(KrCompiler *c, const char *name) {
    return kr_symtable_mangle(c->st, c->u->private_, name);
}

int kr_compile_op_name(KrCompiler *c, int op, const char *name) {
    const char *mangled = kr_compile_mangle(c, name);
    if (!mangled) {
        return -1;
    }
    int i = kr_compile_name_index(c, &c->u->names, mangled);
    KR_TRY(i);
    return kr_compile_op(c, op, i);
}

int kr_compile_check_debug(KrCompiler *c, const char *name, KrExprContext ctx, KrLoc loc) {
    if (ctx == KR_CTX_LOAD || strcmp(name, "__debug__") != 0) {
        return 0;
    }
    return kr_compile_error(c, loc, ctx == KR_CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
}

int kr_compile_nameop(KrCompiler *c, const char *name, KrExprContext ctx) {
    KrUnit *u = c->u;
    if (ctx == KR_CTX_LOAD && strcmp(name, "__debug__") == 0) {
        return kr_compile_load_const(c, c->optimize ? KR_FALSE : KR_TRUE);
    }
    const char *mangled = kr_compile_mangle(c, name);
    if (!mangled) {
        return -1;
    }
    enum { OP_NAME, OP_FAST, OP_GLOBAL, OP_DEREF } optype = OP_NAME;
    bool is_function = u->ste->type == KR_BLOCK_FUNCTION;
    int index = -1;
    switch (kr_symtable_scope(u->ste, mangled)) {
    case KR_SCOPE_FREE:
        index = kr_compile_name_index(c, &u->freevars, mangled);
        KR_TRY(index);
        index += u->cellvars.n;
        optype = OP_DEREF;
        break;
    case KR_SCOPE_CELL:
        index = kr_compile_name_index(c, &u->cellvars, mangled);
        KR_TRY(index);
        optype = OP_DEREF;
        break;
    case KR_SCOPE_LOCAL:
        if (is_function) {
            optype = OP_FAST;
        }
        break;
    case KR_SCOPE_GLOBAL_IMPLICIT:
        if (is_function) {
            optype = OP_GLOBAL;
        }
        break;
    case KR_SCOPE_GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    default:
        break;
    }
    static const int ops[4][3] = {
        {KR_OP_LOAD_NAME, KR_OP_STORE_NAME, KR_OP_DELETE_NAME},
        {KR_OP_LOAD_FAST, KR_OP_STORE_FAST, KR_OP_DELETE_FAST},
        {KR_OP_LOAD_GLOBAL, KR_OP_STORE_GLOBAL, KR_OP_DELETE_GLOBAL},
        {KR_OP_LOAD_DEREF, KR_OP_STORE_DEREF, KR_OP_DELETE_DEREF},
    };
    int op = ops[optype][ctx];
    switch (optype) {
    case OP_DEREF:
        if (ctx == KR_CTX_LOAD && u->ste->type == KR_BLOCK_CLASS) {
            op = KR_OP_LOAD_CLASSDEREF;
        }
        return kr_compile_op(c, op, index);
    case OP_FAST:
        index = kr_compile_name_index(c, &u->varnames, mangled);
        KR_TRY(index);
        return kr_compile_op(c, op, index);
    default:
        index = kr_compile_name_index(c, &u->names, mangled);
        KR_TRY(index);
        return kr_compile_op(c, op, index);
    }
}

// ---- units ------------------------------------------------------------------------------

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Adds the symbols of `ste` with the given scope (or flag) to list, sorted as CPython's dictbytype.
static int names_by_scope(KrCompiler *c, KrNameList *list, KrSymEntry *ste, int scope, int flag) {
    int start = list->n;
    for (int i = 0; i < ste->nsyms; i++) {
        KrSymbol *sym = &ste->syms[i];
        if (sym->scope == scope || (sym->flags & flag)) {
            KR_TRY(grow(c->ts, (void **)&list->items, &list->cap, list->n + 1, sizeof(char *)));
            list->items[list->n++] = sym->name;
        }
    }
    if (list->n > start) {
        qsort(list->items + start, (size_t)(list->n - start), sizeof(char *), cmp_names);
    }
    for (int i = start; i < list->n; i++) {
        KR_TRY(kr_symtable_map_put(c->ts, &list->map, list->items[i], i));
    }
    return 0;
}

static const char *concat3(KrCompiler *c, const char *a, const char *b, const char *d) {
    size_t na = strlen(a), nb = strlen(b), nd = strlen(d);
    char *s = kr_symtable_strdup(c->st, NULL, na + nb + nd);
    if (s) {
        memcpy(s, a, na);
        memcpy(s + na, b, nb);
        memcpy(s + na + nb, d, nd + 1);
    }
    return s;
}

// CPython's compiler_set_qualname: 'f.<locals>.g', 'C.m', or the bare name at module level.
static int set_qualname(KrCompiler *c, KrUnit *u) {
    KrUnit *parent = u->parent;
    u->qualname = u->name;
    if (!parent || parent->kind == KR_UNIT_MODULE) {
        return 0;
    }
    if (u->kind == KR_UNIT_FUNCTION || u->kind == KR_UNIT_CLASS) {
        const char *mangled = kr_symtable_mangle(c->st, parent->private_, u->name);
        if (!mangled) {
            return -1;
        }
        if (kr_symtable_scope(parent->ste, mangled) == KR_SCOPE_GLOBAL_EXPLICIT) {
            return 0;
        }
    }
    const char *base = parent->qualname;
    if (parent->kind == KR_UNIT_FUNCTION || parent->kind == KR_UNIT_LAMBDA) {
        base = concat3(c, base, ".<locals>", "");
        if (!base) {
            return -1;
        }
    }
    u->qualname = concat3(c, base, ".", u->name);
    return u->qualname ? 0 : -1;
}

int kr_compile_enter_scope(KrCompiler *c, const char *name, KrUnitKind kind, const void *key, int lineno) {
    KrThread *ts = c->ts;
    KrSymEntry *ste = c->u ? kr_symtable_child(c->u->ste, key) : c->st->top;
    if (!ste) {
        kr_err_set_str(ts, &kr_exc_SystemError, "compiler: unknown scope");
        return -1;
    }
    KrUnit *u = kr_mem_alloc(ts, sizeof(KrUnit));
    if (!u) {
        return -1;
    }
    memset(u, 0, sizeof(*u));
    u->parent = c->u;
    u->ste = ste;
    u->kind = kind;
    u->name = name;
    u->private_ = c->u ? c->u->private_ : NULL;
    u->firstlineno = lineno;
    u->pos.line = u->pos.end_line = lineno;
    u->pos.col = u->pos.end_col = -1;
    c->u = u;
    c->nestlevel++;
    for (int i = 0; i < ste->nparams; i++) {
        KR_TRY(kr_compile_name_index(c, &u->varnames, ste->params[i]));
    }
    if (ste->needs_class_closure) {
        KR_TRY(kr_compile_name_index(c, &u->cellvars, "__class__"));
    }
    KR_TRY(names_by_scope(c, &u->cellvars, ste, KR_SCOPE_CELL, 0));
    KR_TRY(names_by_scope(c, &u->freevars, ste, KR_SCOPE_FREE, KR_DEF_FREE_CLASS));
    KR_TRY(set_qualname(c, u));
    if (ste->generator || ste->coroutine) {
        KR_TRY(kr_compile_op(c, KR_OP_RETURN_GENERATOR, 0));
    }
    return 0;
}

void kr_compile_exit_scope(KrCompiler *c) {
    KrThread *ts = c->ts;
    KrUnit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    kr_mem_free(ts, u->instrs);
    kr_mem_free(ts, u->labels);
    kr_mem_free(ts, u->handlers);
    for (int i = 0; i < u->nconsts; i++) {
        KR_DECREF(ts, u->consts[i]);
    }
    kr_mem_free(ts, u->consts);
    kr_mem_free(ts, u->const_index);
    namelist_free(ts, &u->names);
    namelist_free(ts, &u->varnames);
    namelist_free(ts, &u->cellvars);
    namelist_free(ts, &u->freevars);
    kr_mem_free(ts, u);
}

int kr_compile_make_closure(KrCompiler *c, int flags, bool build_class) {
    KrThread *ts = c->ts;
    KrCode *co = kr_assemble_unit(c);
    if (!co) {
        return -1;
    }
    KrUnit *child = c->u;
    int nfree = child->freevars.n;
    const char **free = (const char **)child->freevars.items;
    child->freevars.items = NULL;
    kr_compile_exit_scope(c);
    int rc = -1;
    KrUnit *u = c->u;
    if (build_class && (kr_compile_op(c, KR_OP_PUSH_NULL, 0) < 0 || kr_compile_op(c, KR_OP_LOAD_BUILD_CLASS, 0) < 0)) {
        goto done;
    }
    for (int i = 0; i < nfree; i++) {
        const char *name = free[i];
        int arg;
        int scope = kr_symtable_scope(u->ste, name);
        if ((u->kind == KR_UNIT_CLASS && strcmp(name, "__class__") == 0) || scope == KR_SCOPE_CELL) {
            arg = kr_compile_name_index(c, &u->cellvars, name);
        } else {
            arg = kr_compile_name_index(c, &u->freevars, name);
            if (arg >= 0) {
                arg += u->cellvars.n;
            }
        }
        if (arg < 0 || kr_compile_op(c, KR_OP_LOAD_CLOSURE, arg) < 0) {
            goto done;
        }
    }
    if (nfree) {
        flags |= 8;
        if (kr_compile_op(c, KR_OP_BUILD_TUPLE, nfree) < 0) {
            goto done;
        }
    }
    if (kr_compile_load_const(c, (KrObject *)co) < 0 || kr_compile_op(c, KR_OP_MAKE_FUNCTION, flags) < 0) {
        goto done;
    }
    rc = 0;
done:
    kr_mem_free(ts, (void *)free);
    KR_DECREF(ts, co);
    return rc;
}

// ---- constant folding (CPython's ast_opt.c limits) -------------------------------------

#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

static int64_t int_bits(KrObject *o) {
    KrInt *v = (KrInt *)o;
    intptr_t n = v->size < 0 ? -v->size : v->size;
    if (n == 0) {
        return 0;
    }
    uint32_t top = v->digits[n - 1];
    int b = 0;
    while (top) {
        b++;
        top >>= 1;
    }
    return (int64_t)(n - 1) * 30 + b;
}

static bool is_int(KrObject *o) {
    return kr_int_check_exact(o) || kr_bool_check(o);
}

static bool foldable_operand(KrObject *o) {
    return is_int(o) || kr_float_check_exact(o) || KR_TYPE(o) == &kr_complex_type || kr_str_check_exact(o) ||
           KR_TYPE(o) == &kr_tuple_type || o == KR_NONE;
}

// Whether folding `v op w` stays within CPython's size limits.
static bool fold_is_safe(KrObject *v, int op, KrObject *w) {
    int ovf = 0;
    switch (op) {
    case KR_BINOP_MULTIPLY:
        if (is_int(v) && is_int(w)) {
            return kr_int_sign(v) == 0 || kr_int_sign(w) == 0 || int_bits(v) + int_bits(w) <= MAX_INT_SIZE;
        }
        if (is_int(w) && !is_int(v)) {
            KrObject *t = v;
            v = w;
            w = t;
        }
        if (is_int(v) && (kr_str_check_exact(w) || KR_TYPE(w) == &kr_tuple_type)) {
            intptr_t size = kr_str_check_exact(w) ? KR_STR_LEN(w) : KR_TUPLE_SIZE(w);
            int64_t n = kr_int_as_i64(v, &ovf);
            if (size == 0) {
                return true;
            }
            intptr_t limit = kr_str_check_exact(w) ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
            return !ovf && n >= 0 && n <= limit / size;
        }
        return true;
    case KR_BINOP_POWER:
        if (is_int(v) && is_int(w) && kr_int_sign(v) != 0 && kr_int_sign(w) > 0) {
            int64_t e = kr_int_as_i64(w, &ovf);
            return !ovf && int_bits(v) <= MAX_INT_SIZE / e;
        }
        return true;
    case KR_BINOP_LSHIFT:
        if (is_int(v) && is_int(w) && kr_int_sign(v) != 0 && kr_int_sign(w) != 0) {
            int64_t e = kr_int_as_i64(w, &ovf);
            return !ovf && e >= 0 && e <= MAX_INT_SIZE && int_bits(v) <= MAX_INT_SIZE - e;
        }
        return true;
    case KR_BINOP_REMAINDER:
        return !kr_str_check_exact(v);
    default:
        return true;
    }
}

static KrObject *fold_result(KrCompiler *c, KrObject *r) {
    if (!r) {
        kr_err_clear(c->ts);
        return NULL;
    }
    if ((kr_str_check_exact(r) && KR_STR_LEN(r) > MAX_STR_SIZE) ||
        (is_int(r) && int_bits(r) > MAX_INT_SIZE)) {
        KR_DECREF(c->ts, r);
        return NULL;
    }
    return r;
}

KrObject *kr_compile_fold(KrCompiler *c, KrExpr *e) {
    KrThread *ts = c->ts;
    switch (e->kind) {
    case KR_EXPR_Constant:
        return KR_INCREF(e->v.constant.value);
    case KR_EXPR_Name:
        if (e->v.name.ctx == KR_CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0) {
            return KR_INCREF(c->optimize ? KR_FALSE : KR_TRUE);
        }
        return NULL;
    case KR_EXPR_UnaryOp: {
        KrObject *v = kr_compile_fold(c, e->v.unaryop.operand);
        if (!v) {
            return NULL;
        }
        KrObject *r = NULL;
        if (!foldable_operand(v) || KR_TYPE(v) == &kr_tuple_type) {
            KR_DECREF(ts, v);
            return NULL;
        }
        switch (e->v.unaryop.op) {
        case KR_UNARY_INVERT:
            r = kr_invert(ts, v);
            break;
        case KR_UNARY_NOT: {
            int t = kr_is_true(ts, v);
            r = t < 0 ? NULL : kr_bool_from(t == 0);
            break;
        }
        case KR_UNARY_UADD:
            r = kr_positive(ts, v);
            break;
        case KR_UNARY_USUB:
            r = kr_negative(ts, v);
            break;
        }
        KR_DECREF(ts, v);
        return fold_result(c, r);
    }
    case KR_EXPR_BinOp: {
        KrObject *v = kr_compile_fold(c, e->v.binop.left);
        if (!v) {
            return NULL;
        }
        KrObject *w = kr_compile_fold(c, e->v.binop.right);
        KrObject *r = NULL;
        if (w && foldable_operand(v) && foldable_operand(w) && e->v.binop.op != KR_BINOP_MATRIX_MULTIPLY &&
            fold_is_safe(v, e->v.binop.op, w)) {
            r = fold_result(c, kr_binop(ts, v, w, e->v.binop.op));
        }
        KR_DECREF(ts, v);
        KR_XDECREF(ts, w);
        return r;
    }
    case KR_EXPR_Tuple: {
        if (e->v.list.ctx != KR_CTX_LOAD) {
            return NULL;
        }
        KrExprSeq elts = e->v.list.elts;
        for (int i = 0; i < elts.n; i++) {
            if (elts.items[i]->kind == KR_EXPR_Starred) {
                return NULL;
            }
        }
        KrObject *t = kr_tuple_new(ts, elts.n);
        if (!t) {
            kr_err_clear(ts);
            return NULL;
        }
        for (int i = 0; i < elts.n; i++) {
            KrObject *v = kr_compile_fold(c, elts.items[i]);
            if (!v) {
                for (int j = i; j < elts.n; j++) {
                    KR_TUPLE_SET(t, j, KR_INCREF(KR_NONE));
                }
                KR_DECREF(ts, t);
                return NULL;
            }
            KR_TUPLE_SET(t, i, v);
        }
        return t;
    }
    default:
        return NULL;
    }
}

bool kr_compile_is_const(KrCompiler *c, KrExpr *e) {
    (void)c;
    return e->kind == KR_EXPR_Constant;
}

// ---- entry points -----------------------------------------------------------------------

static KrObject *compile_module(KrThread *ts, KrModule *mod, const char *filename, const char *source,
                                int optimize) {
    KrCompiler c;
    memset(&c, 0, sizeof(c));
    c.ts = ts;
    c.optimize = optimize < 0 ? 0 : optimize;
    c.filename = filename;
    c.source = source;
    c.mode = mod->mode;
    KrCode *co = NULL;
    c.st = kr_symtable_build(ts, mod, filename, source);
    if (!c.st) {
        return NULL;
    }
    if (kr_compile_enter_scope(&c, "<module>", KR_UNIT_MODULE, mod, 1) < 0) {
        goto done;
    }
    switch (mod->mode) {
    case KR_MODE_EXEC:
        if (kr_compile_stmt_body(&c, mod->body, true) < 0) {
            goto done;
        }
        break;
    case KR_MODE_SINGLE:
        if (kr_compile_stmt_find_ann(mod->body) && kr_compile_op(&c, KR_OP_SETUP_ANNOTATIONS, 0) < 0) {
            goto done;
        }
        if (kr_compile_stmt_seq(&c, mod->body) < 0) {
            goto done;
        }
        break;
    case KR_MODE_EVAL:
        kr_compile_set_loc(&c, mod->expr->loc);
        if (kr_compile_expr_visit(&c, mod->expr) < 0 || kr_compile_op(&c, KR_OP_RETURN_VALUE, 0) < 0) {
            goto done;
        }
        break;
    }
    co = kr_assemble_unit(&c);
done:
    while (c.u) {
        kr_compile_exit_scope(&c);
    }
    kr_symtable_free(ts, c.st);
    return (KrObject *)co;
}

KrObject *kr_compile_ast(KrThread *ts, KrModule *mod, const char *filename) {
    return compile_module(ts, mod, filename, NULL, 0);
}

KrObject *kr_compile_ast_opt(KrThread *ts, KrModule *mod, const char *filename, int optimize) {
    return compile_module(ts, mod, filename, NULL, optimize);
}

static KrObject *compile_source(KrThread *ts, const char *source, size_t len, const char *filename,
                                KrParseMode mode, int *incomplete, int optimize) {
    KrArena *arena = kr_arena_new(ts);
    if (!arena) {
        return NULL;
    }
    KrObject *co = NULL;
    KrModule *mod = kr_parse(ts, arena, source, len, filename, mode, incomplete);
    if (mod) {
        // A NUL-terminated copy, so SyntaxErrors can quote the offending line.
        char *text = kr_mem_alloc(ts, len + 1);
        if (text) {
            memcpy(text, source, len);
            text[len] = '\0';
            co = compile_module(ts, mod, filename, text, optimize);
            kr_mem_free(ts, text);
        }
    }
    kr_arena_free(ts, arena);
    return co;
}

KrObject *kr_compile_source(KrThread *ts, const char *source, size_t len, const char *filename, KrParseMode mode,
                            int *incomplete) {
    return compile_source(ts, source, len, filename, mode, incomplete, 0);
}

KrObject *kr_compile_source_opt(KrThread *ts, const char *source, size_t len, const char *filename,
                                KrParseMode mode, int optimize) {
    return compile_source(ts, source, len, filename, mode, NULL, optimize);
}
