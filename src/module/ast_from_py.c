// SPDX-License-Identifier: MIT
// ast.AST objects -> Krait's AST (compile() of a tree), driven by ast_nodes.def, with
// CPython's type errors and its validator's ValueErrors for trees the parser can't make.
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "ast_module.h"

typedef struct Conv {
    KrThread *ts;
    KrAstState *st;
    KrArena *arena;
} Conv;

typedef KR_SEQ(void *) AnySeq;

static int obj_to_node(Conv *c, KrAstKind kind, KrObject *obj, void **out, char ctx);

static int ctx_value(char ctx) {
    return ctx == 'S' ? KR_CTX_STORE : ctx == 'D' ? KR_CTX_DEL : KR_CTX_LOAD;
}

// The value CPython's obj2ast_int accepts: an int.
static int int_value(Conv *c, KrObject *o, int *out) {
    if (!kr_int_check(o)) {
        kr_err_format(c->ts, &kr_exc_ValueError, "invalid integer value: %R", o);
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(o, &overflow);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_str(c->ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int str_value(Conv *c, KrObject *o, const char **out, bool ident) {
    if (!kr_str_check(o)) {
        kr_err_set_str(c->ts, &kr_exc_TypeError,
                       ident ? "AST identifier must be of type str" : "AST string must be of type str");
        return -1;
    }
    size_t len;
    const char *s = kr_str_utf8(c->ts, o, &len);
    *out = s ? kr_arena_strdup(c->ts, c->arena, s, len) : NULL;
    return *out ? 0 : -1;
}

// What a Constant may hold: None, ..., numbers, str, bytes, and tuples/frozensets of those.
static bool valid_constant(KrThread *ts, KrObject *o) {
    if (o == KR_NONE || o == KR_ELLIPSIS || kr_int_check(o) || kr_float_check(o) ||
        kr_isinstance_type(o, &kr_complex_type) || kr_str_check(o) || kr_bytes_check(o)) {
        return true;
    }
    if (kr_tuple_check(o)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(o); i++) {
            if (!valid_constant(ts, KR_TUPLE_ITEMS(o)[i])) {
                return false;
            }
        }
        return true;
    }
    if (kr_isinstance_type(o, &kr_frozenset_type)) {
        KrObject *t = kr_tuple_from_iterable(ts, o);
        bool ok = t && valid_constant(ts, t);
        KR_XDECREF(ts, t);
        kr_err_clear(ts);
        return ok;
    }
    return false;
}

// The value of an operator / context object: which of kind's classes it is an instance of.
static int op_value(Conv *c, KrAstKind kind, KrObject *o, int *out) {
    for (int i = 0; i < kr_ast_ndesc; i++) {
        if (kr_ast_desc[i].what == 'O' && kr_ast_desc[i].kind == kind &&
            kr_isinstance_type(o, (KrType *)c->st->cls[i])) {
            *out = kr_ast_desc[i].value;
            return 0;
        }
    }
    kr_err_format(c->ts, &kr_exc_TypeError, "expected some sort of %s, but got %R", kr_ast_kinds[kind].name, o);
    return -1;
}

// One value of type `type` into p (a field, or an item of a sequence).
static int value_from_py(Conv *c, KrAstKind type, KrObject *o, void *p, char ctx) {
    switch (type) {
    case KR_AK_IDENT:
    case KR_AK_STRING:
        if (o == KR_NONE) {
            *(const char **)p = NULL;
            return 0;
        }
        return str_value(c, o, (const char **)p, type == KR_AK_IDENT);
    case KR_AK_CONST:
        if (!valid_constant(c->ts, o)) {
            kr_err_format(c->ts, &kr_exc_TypeError, "got an invalid type in Constant: %s",
                          kr_type_name_cstr(KR_TYPE(o)));
            return -1;
        }
        if (kr_arena_own(c->ts, c->arena, KR_INCREF(o)) < 0) {
            return -1;
        }
        *(KrObject **)p = o;
        return 0;
    case KR_AK_INT:
        return int_value(c, o, (int *)p);
    case KR_AK_COMMENT:
    case KR_AK_IGNORES:
        return 0;
    case KR_AK_CTX:
    case KR_AK_BOOLOP:
    case KR_AK_BINOP:
    case KR_AK_UNARYOP:
    case KR_AK_CMPOP:
        return op_value(c, type, o, (int *)p);
    default:
        return obj_to_node(c, type, o, (void **)p, ctx);
    }
}

static bool is_node_kind(KrAstKind k) {
    return k >= KR_AK_MOD && k <= KR_AK_MATCHCASE;
}

// Field row f of class row `row` from obj into the struct at holder.
static int field_from_py(Conv *c, int row, const KrAstDesc *f, KrObject *obj, char *holder, char ctx) {
    KrThread *ts = c->ts;
    const char *owner = kr_ast_desc[row].name;
    KrObject *name = kr_ast_state_name(ts, c->st, (int)(f - kr_ast_desc));
    if (!name) {
        return -1;
    }
    KrObject *v = kr_getattr_opt(ts, obj, name);
    if (!v && kr_err_occurred(ts)) {
        return -1;
    }
    char *p = holder + f->off;
    char fctx = f->ctx == 'P' ? ctx : f->ctx;
    int rc = -1;
    if (!v) {
        if (f->quant == KR_AQ_OPT) {
            return 0;
        }
        kr_err_format(ts, &kr_exc_TypeError, "required field \"%s\" missing from %s", f->name, owner);
        return -1;
    }
    if (f->quant == KR_AQ_OPT || f->quant == KR_AQ_ONE) {
        if (f->quant == KR_AQ_OPT && v == KR_NONE) {
            rc = 0;
        } else if (value_from_py(c, f->kind, v, p, fctx) == 0) {
            rc = 0;
            bool unset = (is_node_kind(f->kind) || f->kind == KR_AK_IDENT || f->kind == KR_AK_STRING) &&
                         !*(void **)p;
            if (f->quant == KR_AQ_ONE && unset) {
                kr_err_format(ts, &kr_exc_ValueError, "field '%s' is required for %s", f->name, owner);
                rc = -1;
            }
        }
        KR_DECREF(ts, v);
        return rc;
    }
    if (!kr_list_check(v)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner, f->name,
                      kr_type_name_cstr(KR_TYPE(v)));
        KR_DECREF(ts, v);
        return -1;
    }
    AnySeq *seq = (AnySeq *)p;
    intptr_t n = KR_LIST_SIZE(v);
    size_t size = f->kind == KR_AK_CMPOP ? sizeof(int) : sizeof(void *);
    if (f->kind != KR_AK_IGNORES && n > 0) {
        seq->items = kr_arena_alloc(ts, c->arena, size * (size_t)n);
        if (!seq->items) {
            goto done;
        }
        for (intptr_t i = 0; i < n && i < KR_LIST_SIZE(v); i++) {
            KrObject *item = KR_INCREF(KR_LIST_ITEMS(v)[i]);
            void *slot = (char *)seq->items + size * (size_t)i;
            int r = value_from_py(c, f->kind, item, slot, fctx);
            KR_DECREF(ts, item);
            if (r < 0) {
                goto done;
            }
            if (f->quant == KR_AQ_SEQ && is_node_kind(f->kind) && !*(void **)slot) {
                kr_err_format(ts, &kr_exc_ValueError, "None disallowed in %s list",
                              f->kind == KR_AK_STMT ? "statement" : f->kind == KR_AK_EXPR ? "expression"
                                                                                           : kr_ast_kinds[f->kind].name);
                goto done;
            }
            seq->n = (int)i + 1;
        }
    }
    rc = 0;
done:
    KR_DECREF(ts, v);
    return rc;
}

// The location attributes of a node; lineno and col_offset are required.
static int loc_from_py(Conv *c, KrObject *obj, KrLoc *loc, const char *owner) {
    int *vals[4] = {&loc->lineno, &loc->col_offset, &loc->end_lineno, &loc->end_col_offset};
    for (int i = 0; i < 4; i++) {
        KrObject *v = kr_getattr_opt(c->ts, obj, c->st->loc_names[i]);
        if (!v && kr_err_occurred(c->ts)) {
            return -1;
        }
        if (!v || (i >= 2 && v == KR_NONE)) {
            if (i < 2) {
                kr_err_format(c->ts, &kr_exc_TypeError, "required field \"%s\" missing from %s",
                              i == 0 ? "lineno" : "col_offset", owner);
                return -1;
            }
            *vals[i] = i == 2 ? loc->lineno : loc->col_offset;
            KR_XDECREF(c->ts, v);
            continue;
        }
        int rc = int_value(c, v, vals[i]);
        KR_DECREF(c->ts, v);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static int obj_to_node(Conv *c, KrAstKind kind, KrObject *obj, void **out, char ctx) {
    KrThread *ts = c->ts;
    *out = NULL;
    bool sum = kind == KR_AK_EXPR || kind == KR_AK_STMT || kind == KR_AK_PATTERN || kind == KR_AK_HANDLER ||
               kind == KR_AK_MOD;
    if (sum && obj == KR_NONE) {
        return 0;
    }
    const KrAstKindInfo *info = &kr_ast_kinds[kind];
    KrLoc loc = {0, 0, 0, 0};
    if (sum && info->loc_off >= 0 && loc_from_py(c, obj, &loc, info->name) < 0) {
        return -1;
    }
    int row = -1;
    for (int i = 0; i < kr_ast_ndesc && row < 0; i++) {
        if (kr_ast_desc[i].what == 'N' && kr_ast_desc[i].kind == kind &&
            (!sum || kr_isinstance_type(obj, (KrType *)c->st->cls[i]))) {
            row = i;
        }
    }
    if (row < 0) {
        kr_err_format(ts, &kr_exc_TypeError, "expected some sort of %s, but got %R", info->name, obj);
        return -1;
    }
    const KrAstDesc *d = &kr_ast_desc[row];
    if (++c->st->depth > 5000) {
        c->st->depth--;
        kr_err_set_str(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int rc = -1;
    char *node = kr_arena_alloc(ts, c->arena, info->size);
    if (!node) {
        goto done;
    }
    // The kind tag is every tagged struct's first member.
    if (kind == KR_AK_EXPR || kind == KR_AK_STMT || kind == KR_AK_PATTERN || kind == KR_AK_MOD) {
        *(int *)node = d->value;
    }
    if (d->flag_off >= 0) {
        *(int *)(node + d->flag_off) = d->flag_val;
    }
    for (int i = row + 1; i < kr_ast_ndesc && kr_ast_desc[i].what == 'F'; i++) {
        if (field_from_py(c, row, &kr_ast_desc[i], obj, node, ctx) < 0) {
            goto done;
        }
    }
    if (info->loc_off >= 0) {
        if (!sum && loc_from_py(c, obj, &loc, info->name) < 0) {
            goto done;
        }
        *(KrLoc *)(node + info->loc_off) = loc;
    }
    if (kr_ast_validate(ts, kind, row, node, ctx_value(ctx)) < 0) {
        goto done;
    }
    *out = node;
    rc = 0;
done:
    c->st->depth--;
    return rc;
}

KrModule *kr_ast_from_py(KrThread *ts, KrAstState *st, KrArena *arena, KrObject *tree, KrParseMode mode) {
    static const char *const wanted[] = {[KR_MODE_EXEC] = "Module", [KR_MODE_EVAL] = "Expression",
                                         [KR_MODE_SINGLE] = "Interactive"};
    for (int i = 0; i < kr_ast_ndesc; i++) {
        if (kr_ast_desc[i].what == 'N' && strcmp(kr_ast_desc[i].name, wanted[mode]) == 0 &&
            !kr_isinstance_type(tree, (KrType *)st->cls[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "expected %s node, got %s", wanted[mode],
                          kr_type_name_cstr(KR_TYPE(tree)));
            return NULL;
        }
    }
    Conv c = {ts, st, arena};
    void *m = NULL;
    if (obj_to_node(&c, KR_AK_MOD, tree, &m, 'L') < 0) {
        return NULL;
    }
    return m;
}
