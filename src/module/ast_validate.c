// SPDX-License-Identifier: MIT
// CPython's validation of a tree given to compile(): the shapes the parser never makes,
// checked node by node as ast_from_py.c builds Krait's AST.
#include <string.h>

#include "../object/int.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../vm/vm.h"
#include "ast_module.h"

static int fail(KrThread *ts, const char *msg, const char *name) {
    kr_err_format(ts, &kr_exc_ValueError, msg, name);
    return -1;
}

static const char *ctx_name(int ctx) {
    return ctx == KR_CTX_STORE ? "Store" : ctx == KR_CTX_DEL ? "Del" : "Load";
}

// Whether a stmt-sequence field named `body` of row is empty (every body but a module's must not be).
static int check_body(KrThread *ts, int row, KrStmtSeq body) {
    return body.n ? 0 : fail(ts, "empty body on %s", kr_ast_desc[row].name);
}

static int check_expr(KrThread *ts, const KrExpr *e, int ctx) {
    int actual = -1;
    switch (e->kind) {
    case KR_EXPR_Attribute: actual = e->v.attribute.ctx; break;
    case KR_EXPR_Subscript: actual = e->v.subscript.ctx; break;
    case KR_EXPR_Starred: actual = e->v.starred.ctx; break;
    case KR_EXPR_Name: actual = e->v.name.ctx; break;
    case KR_EXPR_List:
    case KR_EXPR_Tuple: actual = e->v.list.ctx; break;
    default: break;
    }
    if (actual >= 0 && actual != ctx) {
        kr_err_format(ts, &kr_exc_ValueError, "expression must have %s context but has %s instead", ctx_name(ctx),
                      ctx_name(actual));
        return -1;
    }
    if (actual < 0 && ctx != KR_CTX_LOAD) {
        return fail(ts, "expression which can't be assigned to in %s context", ctx_name(ctx));
    }
    switch (e->kind) {
    case KR_EXPR_Name: {
        static const char *const reserved[] = {"None", "True", "False"};
        for (int i = 0; i < 3; i++) {
            if (strcmp(e->v.name.id, reserved[i]) == 0) {
                return fail(ts, "identifier field can't represent '%s' constant", reserved[i]);
            }
        }
        return 0;
    }
    case KR_EXPR_BoolOp:
        return e->v.boolop.values.n < 2 ? fail(ts, "BoolOp with less than 2 values", NULL) : 0;
    case KR_EXPR_Dict:
        return e->v.dict.keys.n != e->v.dict.values.n
                   ? fail(ts, "Dict doesn't have the same number of keys as values", NULL)
                   : 0;
    case KR_EXPR_ListComp:
    case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp:
        return e->v.listcomp.generators.n ? 0 : fail(ts, "comprehension with no generators", NULL);
    case KR_EXPR_DictComp:
        return e->v.dictcomp.generators.n ? 0 : fail(ts, "comprehension with no generators", NULL);
    case KR_EXPR_Compare:
        if (!e->v.compare.comparators.n) {
            return fail(ts, "Compare with no comparators", NULL);
        }
        return e->v.compare.ops.n != e->v.compare.comparators.n
                   ? fail(ts, "Compare has a different number of comparators and operands", NULL)
                   : 0;
    case KR_EXPR_FormattedValue: {
        int conv = e->v.formatted.conversion;
        if (conv != -1 && conv != 's' && conv != 'r' && conv != 'a') {
            kr_err_format(ts, &kr_exc_SystemError, "Unrecognized conversion character %d", conv);
            return -1;
        }
        return 0;
    }
    default:
        return 0;
    }
}

static int check_stmt(KrThread *ts, int row, const KrStmt *s) {
    const char *name = kr_ast_desc[row].name;
    switch (s->kind) {
    case KR_STMT_FunctionDef: return check_body(ts, row, s->v.funcdef.body);
    case KR_STMT_ClassDef: return check_body(ts, row, s->v.classdef.body);
    case KR_STMT_For: return check_body(ts, row, s->v.for_.body);
    case KR_STMT_While:
    case KR_STMT_If: return check_body(ts, row, s->v.while_.body);
    case KR_STMT_Delete: return s->v.delete_.targets.n ? 0 : fail(ts, "empty targets on %s", name);
    case KR_STMT_Assign: return s->v.assign.targets.n ? 0 : fail(ts, "empty targets on %s", name);
    case KR_STMT_With:
        return s->v.with.items.n ? check_body(ts, row, s->v.with.body) : fail(ts, "empty items on %s", name);
    case KR_STMT_Match: return s->v.match.cases.n ? 0 : fail(ts, "empty cases on %s", name);
    case KR_STMT_Raise:
        return !s->v.raise.exc && s->v.raise.cause ? fail(ts, "Raise with cause but no exception", NULL) : 0;
    case KR_STMT_Try:
        if (check_body(ts, row, s->v.try_.body) < 0) {
            return -1;
        }
        if (!s->v.try_.handlers.n && !s->v.try_.finalbody.n) {
            return fail(ts, "%s has neither except handlers nor finalbody", name);
        }
        return !s->v.try_.handlers.n && s->v.try_.orelse.n ? fail(ts, "%s has orelse but no except handlers", name)
                                                           : 0;
    case KR_STMT_Import: return s->v.import.names.n ? 0 : fail(ts, "empty names on %s", name);
    case KR_STMT_ImportFrom:
        if (s->v.importfrom.level < 0) {
            return fail(ts, "Negative ImportFrom level", NULL);
        }
        return s->v.importfrom.names.n ? 0 : fail(ts, "empty names on %s", name);
    case KR_STMT_Global:
    case KR_STMT_Nonlocal: return s->v.global.names.n ? 0 : fail(ts, "empty names on %s", name);
    default: return 0;
    }
}

static int check_pattern(KrThread *ts, const KrPattern *p) {
    switch (p->kind) {
    case KR_PAT_SINGLETON: {
        KrObject *v = p->v.singleton.value;
        return v == KR_NONE || v == KR_TRUE || v == KR_FALSE
                   ? 0
                   : fail(ts, "MatchSingleton can only contain True, False and None", NULL);
    }
    case KR_PAT_MAPPING:
        return p->v.mapping.keys.n != p->v.mapping.patterns.n
                   ? fail(ts, "MatchMapping doesn't have the same number of keys as patterns", NULL)
                   : 0;
    case KR_PAT_CLASS:
        return p->v.cls.kwd_attrs.n != p->v.cls.kwd_patterns.n
                   ? fail(ts, "MatchClass doesn't have the same number of keyword attributes as patterns", NULL)
                   : 0;
    case KR_PAT_AS:
        return p->v.as.pattern && !p->v.as.name
                   ? fail(ts, "MatchAs must specify a target name if a pattern is given", NULL)
                   : 0;
    default:
        return 0;
    }
}

static int check_arguments(KrThread *ts, const KrArguments *a) {
    if (a->defaults.n > a->posonlyargs.n + a->args.n) {
        return fail(ts, "more positional defaults than args on arguments", NULL);
    }
    return a->kw_defaults.n != a->kwonlyargs.n
               ? fail(ts, "length of kwonlyargs is not the same as kw_defaults on arguments", NULL)
               : 0;
}

int kr_ast_validate(KrThread *ts, KrAstKind kind, int row, const void *node, int ctx) {
    switch (kind) {
    case KR_AK_EXPR: return check_expr(ts, node, ctx);
    case KR_AK_STMT: return check_stmt(ts, row, node);
    case KR_AK_PATTERN: return check_pattern(ts, node);
    case KR_AK_ARGUMENTS: return check_arguments(ts, node);
    case KR_AK_HANDLER: return check_body(ts, row, ((const KrExceptHandler *)node)->body);
    case KR_AK_MATCHCASE: return check_body(ts, row, ((const KrMatchCase *)node)->body);
    default: return 0;
    }
}
