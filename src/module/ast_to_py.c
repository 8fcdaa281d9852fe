// SPDX-License-Identifier: MIT
// Krait's AST -> ast.AST objects (compile() with PyCF_ONLY_AST, ast.parse), driven by ast_nodes.def.
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "ast_module.h"

static KrObject *node_to_py(KrThread *ts, KrAstState *st, KrAstKind kind, const void *node);

// The items of every KR_SEQ(T) sit at the same place: after the int count.
typedef KR_SEQ(void *) AnySeq;

static const char *const *char_at(const void *p) {
    return (const char *const *)p;
}

// The table row of the class for `node` of kind `kind`; -1 when none fits.
static int node_row(KrAstKind kind, const void *node) {
    int tag = 0;
    if (kind == KR_AK_EXPR) {
        tag = ((const KrExpr *)node)->kind;
    } else if (kind == KR_AK_STMT) {
        tag = ((const KrStmt *)node)->kind;
    } else if (kind == KR_AK_PATTERN) {
        tag = ((const KrPattern *)node)->kind;
    } else if (kind == KR_AK_MOD) {
        tag = ((const KrModule *)node)->mode;
    }
    for (int i = 0; i < kr_ast_ndesc; i++) {
        const KrAstDesc *d = &kr_ast_desc[i];
        if (d->what != 'N' || d->kind != kind || d->value != tag) {
            continue;
        }
        if (d->flag_off >= 0 && (*(const int *)((const char *)node + d->flag_off) != 0) != d->flag_val) {
            continue;
        }
        return i;
    }
    return -1;
}

// An instance of the operator (or context) class of kind `kind` with value `value`.
static KrObject *op_to_py(KrThread *ts, KrAstState *st, KrAstKind kind, int value) {
    for (int i = 0; i < kr_ast_ndesc; i++) {
        if (kr_ast_desc[i].what == 'O' && kr_ast_desc[i].kind == kind && kr_ast_desc[i].value == value) {
            return kr_call(ts, st->cls[i], NULL, 0, NULL);
        }
    }
    kr_err_format(ts, &kr_exc_SystemError, "unknown %s value %d", kr_ast_kinds[kind].name, value);
    return NULL;
}

static KrObject *cstr_or_none(KrThread *ts, const char *s) {
    return s ? kr_str_from_cstr(ts, s) : KR_INCREF(KR_NONE);
}

// One value of type `type` stored at p.
static KrObject *value_to_py(KrThread *ts, KrAstState *st, KrAstKind type, const void *p) {
    switch (type) {
    case KR_AK_IDENT:
    case KR_AK_STRING:
        return cstr_or_none(ts, *char_at(p));
    case KR_AK_CONST: {
        KrObject *o = *(KrObject *const *)p;
        return KR_INCREF(o ? o : KR_NONE);
    }
    case KR_AK_INT:
        return kr_int_from_i64(ts, *(const int *)p);
    case KR_AK_COMMENT:
        return KR_INCREF(KR_NONE);
    case KR_AK_CTX:
    case KR_AK_BOOLOP:
    case KR_AK_BINOP:
    case KR_AK_UNARYOP:
    case KR_AK_CMPOP:
        return op_to_py(ts, st, type, *(const int *)p);
    default: {
        const void *node = *(const void *const *)p;
        return node ? node_to_py(ts, st, type, node) : KR_INCREF(KR_NONE);
    }
    }
}

static KrObject *field_to_py(KrThread *ts, KrAstState *st, const KrAstDesc *f, const void *holder) {
    const char *p = (const char *)holder + f->off;
    if (f->quant == KR_AQ_ONE || f->quant == KR_AQ_OPT) {
        return value_to_py(ts, st, f->kind, p);
    }
    if (f->kind == KR_AK_IGNORES) {
        return kr_list_new(ts, 0);
    }
    const AnySeq *seq = (const AnySeq *)p;
    KrObject *list = kr_list_new(ts, seq->n);
    size_t size = f->kind == KR_AK_CMPOP ? sizeof(int) : sizeof(void *);
    for (int i = 0; list && i < seq->n; i++) {
        KrObject *item = value_to_py(ts, st, f->kind, (const char *)seq->items + size * (size_t)i);
        if (!item) {
            KR_DECREF(ts, list);
            return NULL;
        }
        KR_LIST_ITEMS(list)[i] = item;
    }
    return list;
}

static int set_int(KrThread *ts, KrObject *dict, KrObject *name, int v) {
    KrObject *i = kr_int_from_i64(ts, v);
    int rc = i ? kr_dict_set_item(ts, dict, name, i) : -1;
    KR_XDECREF(ts, i);
    return rc;
}

static KrObject *node_to_py(KrThread *ts, KrAstState *st, KrAstKind kind, const void *node) {
    int row = node_row(kind, node);
    if (row < 0) {
        kr_err_format(ts, &kr_exc_SystemError, "no ast class for a %s node", kr_ast_kinds[kind].name);
        return NULL;
    }
    if (++st->depth > 5000) {
        st->depth--;
        kr_err_set_str(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded during ast construction");
        return NULL;
    }
    KrObject *o = kr_call(ts, st->cls[row], NULL, 0, NULL);
    KrObject *dict = o ? kr_object_get_dict(ts, o, true) : NULL;
    if (!dict) {
        goto error;
    }
    for (int i = row + 1; i < kr_ast_ndesc && kr_ast_desc[i].what == 'F'; i++) {
        KrObject *name = kr_ast_state_name(ts, st, i);
        KrObject *v = name ? field_to_py(ts, st, &kr_ast_desc[i], node) : NULL;
        int rc = v ? kr_dict_set_item(ts, dict, name, v) : -1;
        KR_XDECREF(ts, v);
        if (rc < 0) {
            goto error;
        }
    }
    intptr_t loc_off = kr_ast_kinds[kind].loc_off;
    if (loc_off >= 0) {
        const KrLoc *loc = (const KrLoc *)((const char *)node + loc_off);
        if (set_int(ts, dict, st->loc_names[0], loc->lineno) < 0 ||
            set_int(ts, dict, st->loc_names[1], loc->col_offset) < 0 ||
            set_int(ts, dict, st->loc_names[2], loc->end_lineno) < 0 ||
            set_int(ts, dict, st->loc_names[3], loc->end_col_offset) < 0) {
            goto error;
        }
    }
    st->depth--;
    return o;
error:
    st->depth--;
    if (!dict && o && !kr_err_occurred(ts)) {
        kr_err_no_memory(ts);
    }
    KR_XDECREF(ts, o);
    return NULL;
}

KrObject *kr_ast_to_py(KrThread *ts, KrAstState *st, KrModule *mod) {
    return node_to_py(ts, st, KR_AK_MOD, mod);
}
