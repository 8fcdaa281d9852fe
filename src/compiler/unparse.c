// SPDX-License-Identifier: MIT
// Expression AST back to source text, as CPython's ast unparser writes it:
// the strings `from __future__ import annotations` stores as annotations.
#include <string.h>

#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "unparse.h"

// Binding strength, loosest first (CPython's unparse levels). An expression
// is parenthesized when its context asks for a tighter level than its own.
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct Writer {
    KrThread *ts;
    KrStrBuilder sb;
    KrExpr *forbidden; // the first yield, await or := seen (not allowed in an annotation)
} Writer;

static void put(Writer *w, const char *s) {
    kr_sb_add_cstr(w->ts, &w->sb, s);
}

static void put_if(Writer *w, bool cond, const char *s) {
    if (cond) {
        put(w, s);
    }
}

static void put_repr(Writer *w, KrObject *o) {
    KrObject *r = kr_repr(w->ts, o);
    if (!r) {
        w->sb.failed = true;
        return;
    }
    kr_sb_add_str(w->ts, &w->sb, r);
    KR_DECREF(w->ts, r);
}

static void expr(Writer *w, KrExpr *e, int level);

static void seq(Writer *w, KrExprSeq s, int level) {
    for (int i = 0; i < s.n; i++) {
        put_if(w, i > 0, ", ");
        expr(w, s.items[i], level);
    }
}

static int binop_level(int op) {
    switch (op) {
    case KR_BINOP_OR: return PR_BOR;
    case KR_BINOP_XOR: return PR_BXOR;
    case KR_BINOP_AND: return PR_BAND;
    case KR_BINOP_LSHIFT: case KR_BINOP_RSHIFT: return PR_SHIFT;
    case KR_BINOP_ADD: case KR_BINOP_SUBTRACT: return PR_ARITH;
    case KR_BINOP_POWER: return PR_POWER;
    default: return PR_TERM;
    }
}

static const char *binop_symbol(int op) {
    static const char *const syms[] = {
#define X(name, sym, d, rd, id) sym,
        KR_BINOPS(X)
#undef X
    };
    return syms[op];
}

static const char *compare_symbol(int op) {
    static const char *const syms[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"};
    return syms[op];
}

static void arg(Writer *w, KrArg *a) {
    put(w, a->arg);
}

// Lambda parameters (their annotations cannot be written in a lambda).
static void arguments(Writer *w, KrArguments *a) {
    int npos = a->posonlyargs.n + a->args.n;
    int first_default = npos - a->defaults.n;
    bool first = true;
    for (int i = 0; i < npos; i++) {
        put_if(w, !first, ", ");
        first = false;
        arg(w, i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n]);
        if (i >= first_default) {
            put(w, "=");
            expr(w, a->defaults.items[i - first_default], PR_TEST);
        }
        put_if(w, a->posonlyargs.n && i == a->posonlyargs.n - 1, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        put_if(w, !first, ", ");
        first = false;
        put(w, "*");
        if (a->vararg) {
            arg(w, a->vararg);
        }
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        put(w, ", ");
        arg(w, a->kwonlyargs.items[i]);
        if (a->kw_defaults.items[i]) {
            put(w, "=");
            expr(w, a->kw_defaults.items[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(w, !first, ", ");
        put(w, "**");
        arg(w, a->kwarg);
    }
}

static void comprehensions(Writer *w, KrComprehensionSeq gens) {
    for (int i = 0; i < gens.n; i++) {
        KrComprehension *g = gens.items[i];
        put(w, g->is_async ? " async for " : " for ");
        expr(w, g->target, PR_TUPLE);
        put(w, " in ");
        expr(w, g->iter, PR_TEST + 1);
        for (int j = 0; j < g->ifs.n; j++) {
            put(w, " if ");
            expr(w, g->ifs.items[j], PR_TEST + 1);
        }
    }
}

// The text between an f-string's quotes: literal parts with braces doubled,
// replacement fields in braces.
static void fstring_body(Writer *w, KrExpr *e);

static void fstring_field(Writer *w, KrExpr *e) {
    Writer inner = {w->ts, {0}, NULL};
    kr_sb_init(&inner.sb);
    expr(&inner, e->v.formatted.value, PR_TEST + 1);
    w->forbidden = w->forbidden ? w->forbidden : inner.forbidden;
    KrObject *text = kr_sb_finish(w->ts, &inner.sb);
    if (!text) {
        w->sb.failed = true;
        return;
    }
    // "{ {" keeps a leading brace (a dict or set display) from reading as "{{".
    put(w, KR_STR_LEN(text) > 0 && kr_str_char_at(text, 0) == '{' ? "{ " : "{");
    kr_sb_add_str(w->ts, &w->sb, text);
    KR_DECREF(w->ts, text);
    if (e->v.formatted.conversion > 0) {
        kr_sb_add_char(w->ts, &w->sb, '!');
        kr_sb_add_char(w->ts, &w->sb, (uint32_t)e->v.formatted.conversion);
    }
    if (e->v.formatted.format_spec) {
        put(w, ":");
        fstring_body(w, e->v.formatted.format_spec);
    }
    put(w, "}");
}

static void fstring_body(Writer *w, KrExpr *e) {
    if (e->kind == KR_EXPR_FormattedValue) {
        fstring_field(w, e);
        return;
    }
    if (e->kind == KR_EXPR_Constant && kr_str_check(e->v.constant.value)) {
        KrObject *s = e->v.constant.value;
        for (intptr_t i = 0; i < KR_STR_LEN(s); i++) {
            uint32_t cp = kr_str_char_at(s, i);
            kr_sb_add_char(w->ts, &w->sb, cp);
            if (cp == '{' || cp == '}') {
                kr_sb_add_char(w->ts, &w->sb, cp);
            }
        }
        return;
    }
    for (int i = 0; i < e->v.joinedstr.values.n; i++) {
        fstring_body(w, e->v.joinedstr.values.items[i]);
    }
}

static void fstring(Writer *w, KrExpr *e) {
    Writer body = {w->ts, {0}, NULL};
    kr_sb_init(&body.sb);
    fstring_body(&body, e);
    w->forbidden = w->forbidden ? w->forbidden : body.forbidden;
    KrObject *text = kr_sb_finish(w->ts, &body.sb);
    if (!text) {
        w->sb.failed = true;
        return;
    }
    put(w, "f");
    put_repr(w, text);
    KR_DECREF(w->ts, text);
}

static void subscript_slice(Writer *w, KrExpr *s) {
    if (s->kind == KR_EXPR_Tuple && s->v.list.elts.n > 0) {
        seq(w, s->v.list.elts, PR_TEST);
        put_if(w, s->v.list.elts.n == 1, ",");
        return;
    }
    expr(w, s, PR_TUPLE);
}

static void expr(Writer *w, KrExpr *e, int level) {
    if (!w->forbidden && (e->kind == KR_EXPR_Yield || e->kind == KR_EXPR_YieldFrom || e->kind == KR_EXPR_Await ||
                          e->kind == KR_EXPR_NamedExpr)) {
        w->forbidden = e;
    }
    switch (e->kind) {
    case KR_EXPR_BoolOp: {
        int pr = e->v.boolop.op == KR_BOOL_AND ? PR_AND : PR_OR;
        put_if(w, level > pr, "(");
        for (int i = 0; i < e->v.boolop.values.n; i++) {
            put_if(w, i > 0, pr == PR_AND ? " and " : " or ");
            expr(w, e->v.boolop.values.items[i], pr + 1);
        }
        put_if(w, level > pr, ")");
        break;
    }
    case KR_EXPR_NamedExpr:
        put_if(w, level > PR_TUPLE, "(");
        expr(w, e->v.namedexpr.target, PR_ATOM);
        put(w, " := ");
        expr(w, e->v.namedexpr.value, PR_ATOM);
        put_if(w, level > PR_TUPLE, ")");
        break;
    case KR_EXPR_BinOp: {
        int pr = binop_level(e->v.binop.op);
        bool right_assoc = e->v.binop.op == KR_BINOP_POWER;
        put_if(w, level > pr, "(");
        expr(w, e->v.binop.left, pr + right_assoc);
        put(w, " ");
        put(w, binop_symbol(e->v.binop.op));
        put(w, " ");
        expr(w, e->v.binop.right, pr + !right_assoc);
        put_if(w, level > pr, ")");
        break;
    }
    case KR_EXPR_UnaryOp: {
        static const char *const ops[] = {"~", "not ", "+", "-"};
        int pr = e->v.unaryop.op == KR_UNARY_NOT ? PR_NOT : PR_FACTOR;
        put_if(w, level > pr, "(");
        put(w, ops[e->v.unaryop.op]);
        expr(w, e->v.unaryop.operand, pr);
        put_if(w, level > pr, ")");
        break;
    }
    case KR_EXPR_Lambda: {
        KrArguments *a = e->v.lambda.args;
        bool has_args = a->posonlyargs.n || a->args.n || a->vararg || a->kwonlyargs.n || a->kwarg;
        put_if(w, level > PR_TEST, "(");
        put(w, has_args ? "lambda " : "lambda");
        arguments(w, a);
        put(w, ": ");
        expr(w, e->v.lambda.body, PR_TEST);
        put_if(w, level > PR_TEST, ")");
        break;
    }
    case KR_EXPR_IfExp:
        put_if(w, level > PR_TEST, "(");
        expr(w, e->v.ifexp.body, PR_TEST + 1);
        put(w, " if ");
        expr(w, e->v.ifexp.test, PR_TEST + 1);
        put(w, " else ");
        expr(w, e->v.ifexp.orelse, PR_TEST);
        put_if(w, level > PR_TEST, ")");
        break;
    case KR_EXPR_Dict:
        put(w, "{");
        for (int i = 0; i < e->v.dict.values.n; i++) {
            put_if(w, i > 0, ", ");
            if (e->v.dict.keys.items[i]) {
                expr(w, e->v.dict.keys.items[i], PR_TEST);
                put(w, ": ");
                expr(w, e->v.dict.values.items[i], PR_TEST);
            } else {
                put(w, "**");
                expr(w, e->v.dict.values.items[i], PR_BOR);
            }
        }
        put(w, "}");
        break;
    case KR_EXPR_Set:
        if (e->v.set.elts.n == 0) {
            put(w, "{*()}");
            break;
        }
        put(w, "{");
        seq(w, e->v.set.elts, PR_TEST);
        put(w, "}");
        break;
    case KR_EXPR_ListComp:
    case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp: {
        const char *open = e->kind == KR_EXPR_ListComp ? "[" : e->kind == KR_EXPR_SetComp ? "{" : "(";
        put(w, open);
        expr(w, e->v.listcomp.elt, PR_TEST);
        comprehensions(w, e->v.listcomp.generators);
        put(w, e->kind == KR_EXPR_ListComp ? "]" : e->kind == KR_EXPR_SetComp ? "}" : ")");
        break;
    }
    case KR_EXPR_DictComp:
        put(w, "{");
        expr(w, e->v.dictcomp.key, PR_TEST);
        put(w, ": ");
        expr(w, e->v.dictcomp.value, PR_TEST);
        comprehensions(w, e->v.dictcomp.generators);
        put(w, "}");
        break;
    case KR_EXPR_Await:
        put_if(w, level > PR_AWAIT, "(");
        put(w, "await ");
        expr(w, e->v.await_.value, PR_ATOM);
        put_if(w, level > PR_AWAIT, ")");
        break;
    case KR_EXPR_Yield:
    case KR_EXPR_YieldFrom:
        // Always parenthesized, as CPython writes them.
        put(w, e->kind == KR_EXPR_Yield ? (e->v.await_.value ? "(yield " : "(yield") : "(yield from ");
        if (e->v.await_.value) {
            expr(w, e->v.await_.value, PR_TEST);
        }
        put(w, ")");
        break;
    case KR_EXPR_Compare:
        put_if(w, level > PR_CMP, "(");
        expr(w, e->v.compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.compare.ops.n; i++) {
            put(w, " ");
            put(w, compare_symbol(e->v.compare.ops.items[i]));
            put(w, " ");
            expr(w, e->v.compare.comparators.items[i], PR_CMP + 1);
        }
        put_if(w, level > PR_CMP, ")");
        break;
    case KR_EXPR_Call: {
        expr(w, e->v.call.func, PR_ATOM);
        KrExprSeq args = e->v.call.args;
        if (args.n == 1 && e->v.call.keywords.n == 0 && args.items[0]->kind == KR_EXPR_GeneratorExp) {
            expr(w, args.items[0], PR_TEST); // f(x for x in y): the call's parentheses suffice
            break;
        }
        put(w, "(");
        seq(w, args, PR_TEST);
        for (int i = 0; i < e->v.call.keywords.n; i++) {
            KrKeyword *k = e->v.call.keywords.items[i];
            put_if(w, i > 0 || args.n > 0, ", ");
            if (k->arg) {
                put(w, k->arg);
                put(w, "=");
            } else {
                put(w, "**");
            }
            expr(w, k->value, PR_TEST);
        }
        put(w, ")");
        break;
    }
    case KR_EXPR_FormattedValue:
    case KR_EXPR_JoinedStr:
        fstring(w, e);
        break;
    case KR_EXPR_Constant: {
        KrObject *v = e->v.constant.value;
        if (v == KR_ELLIPSIS) {
            put(w, "...");
            break;
        }
        put_if(w, e->v.constant.kind != NULL, e->v.constant.kind ? e->v.constant.kind : "");
        put_repr(w, v);
        break;
    }
    case KR_EXPR_Attribute: {
        KrExpr *v = e->v.attribute.value;
        expr(w, v, PR_ATOM);
        // "1 .real": an int needs a space, or the dot would read as a float's.
        put_if(w, v->kind == KR_EXPR_Constant && KR_TYPE(v->v.constant.value) == &kr_int_type, " ");
        put(w, ".");
        put(w, e->v.attribute.attr);
        break;
    }
    case KR_EXPR_Subscript:
        expr(w, e->v.subscript.value, PR_ATOM);
        put(w, "[");
        subscript_slice(w, e->v.subscript.slice);
        put(w, "]");
        break;
    case KR_EXPR_Starred:
        put(w, "*");
        expr(w, e->v.starred.value, PR_BOR);
        break;
    case KR_EXPR_Name:
        put(w, e->v.name.id);
        break;
    case KR_EXPR_List:
        put(w, "[");
        seq(w, e->v.list.elts, PR_TEST);
        put(w, "]");
        break;
    case KR_EXPR_Tuple:
        if (e->v.list.elts.n == 0) {
            put(w, "()");
            break;
        }
        put_if(w, level > PR_TUPLE, "(");
        seq(w, e->v.list.elts, PR_TEST);
        put_if(w, e->v.list.elts.n == 1, ",");
        put_if(w, level > PR_TUPLE, ")");
        break;
    case KR_EXPR_Slice:
        if (e->v.slice.lower) {
            expr(w, e->v.slice.lower, PR_TEST);
        }
        put(w, ":");
        if (e->v.slice.upper) {
            expr(w, e->v.slice.upper, PR_TEST);
        }
        if (e->v.slice.step) {
            put(w, ":");
            expr(w, e->v.slice.step, PR_TEST);
        }
        break;
    }
}

KrObject *kr_unparse_annotation(KrThread *ts, KrExpr *e, KrExpr **forbidden) {
    Writer w = {ts, {0}, NULL};
    kr_sb_init(&w.sb);
    expr(&w, e, PR_TEST);
    *forbidden = w.forbidden;
    return kr_sb_finish(ts, &w.sb);
}
