// SPDX-License-Identifier: MIT
// Debug dump of an AST in the format of CPython's ast.dump(tree), to diff parsers.
#include "ast_dump.h"

#include <stdio.h>
#include <string.h>

#include "../object/str.h"
#include "../vm/vm.h"

typedef struct Out {
    KrThread *ts;
    char *buf;
    size_t n, cap;
    bool failed;
} Out;

static void put(Out *o, const char *s, size_t len) {
    if (o->failed) {
        return;
    }
    if (o->n + len + 1 > o->cap) {
        size_t ncap = o->cap ? o->cap * 2 : 1024;
        while (ncap < o->n + len + 1) {
            ncap *= 2;
        }
        char *b = kr_mem_realloc(o->ts, o->buf, ncap);
        if (!b) {
            o->failed = true;
            return;
        }
        o->buf = b;
        o->cap = ncap;
    }
    memcpy(o->buf + o->n, s, len);
    o->n += len;
}

static void puts_(Out *o, const char *s) {
    put(o, s, strlen(s));
}

static void put_obj(Out *o, KrObject *v) {
    KrObject *r = kr_repr(o->ts, v);
    if (!r) {
        o->failed = true;
        return;
    }
    size_t len;
    const char *s = kr_str_utf8(o->ts, r, &len);
    if (s) {
        put(o, s, len);
    } else {
        o->failed = true;
    }
    KR_DECREF(o->ts, r);
}

static void put_ident(Out *o, const char *s) {
    // Identifiers are plain text: repr() is just quotes around them.
    if (!s) {
        puts_(o, "None");
        return;
    }
    puts_(o, "'");
    puts_(o, s);
    puts_(o, "'");
}

static void put_int(Out *o, int v) {
    char b[16];
    snprintf(b, sizeof b, "%d", v);
    puts_(o, b);
}

static void field(Out *o, bool *first, const char *name) {
    if (!*first) {
        puts_(o, ", ");
    }
    *first = false;
    puts_(o, name);
    puts_(o, "=");
}

static void expr(Out *o, KrExpr *e);
static void stmts(Out *o, KrStmtSeq *s);
static void pattern(Out *o, KrPattern *p);

static void exprs(Out *o, KrExprSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i) {
            puts_(o, ", ");
        }
        if (s->items[i]) {
            expr(o, s->items[i]);
        } else {
            puts_(o, "None");
        }
    }
    puts_(o, "]");
}

static void idents(Out *o, KrIdentSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i) {
            puts_(o, ", ");
        }
        put_ident(o, s->items[i]);
    }
    puts_(o, "]");
}

static const char *ctx_name(KrExprContext c) {
    return c == KR_CTX_STORE ? "Store()" : c == KR_CTX_DEL ? "Del()" : "Load()";
}

static const char *binop_name(int op) {
    switch (op) {
    case KR_BINOP_ADD: return "Add()";
    case KR_BINOP_SUBTRACT: return "Sub()";
    case KR_BINOP_MULTIPLY: return "Mult()";
    case KR_BINOP_MATRIX_MULTIPLY: return "MatMult()";
    case KR_BINOP_TRUE_DIVIDE: return "Div()";
    case KR_BINOP_REMAINDER: return "Mod()";
    case KR_BINOP_POWER: return "Pow()";
    case KR_BINOP_LSHIFT: return "LShift()";
    case KR_BINOP_RSHIFT: return "RShift()";
    case KR_BINOP_OR: return "BitOr()";
    case KR_BINOP_XOR: return "BitXor()";
    case KR_BINOP_AND: return "BitAnd()";
    case KR_BINOP_FLOOR_DIVIDE: return "FloorDiv()";
    default: return "?()";
    }
}

static const char *cmp_name(int op) {
    static const char *const names[] = {"Lt()", "LtE()", "Eq()", "NotEq()", "Gt()", "GtE()",
                                        "Is()", "IsNot()", "In()", "NotIn()"};
    return op >= 0 && op < 10 ? names[op] : "?()";
}

static void arg(Out *o, KrArg *a) {
    bool f = true;
    puts_(o, "arg(");
    field(o, &f, "arg");
    put_ident(o, a->arg);
    if (a->annotation) {
        field(o, &f, "annotation");
        expr(o, a->annotation);
    }
    puts_(o, ")");
}

static void args_seq(Out *o, KrArgSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i) {
            puts_(o, ", ");
        }
        arg(o, s->items[i]);
    }
    puts_(o, "]");
}

static void arguments(Out *o, KrArguments *a) {
    bool f = true;
    puts_(o, "arguments(");
    field(o, &f, "posonlyargs");
    args_seq(o, &a->posonlyargs);
    field(o, &f, "args");
    args_seq(o, &a->args);
    if (a->vararg) {
        field(o, &f, "vararg");
        arg(o, a->vararg);
    }
    field(o, &f, "kwonlyargs");
    args_seq(o, &a->kwonlyargs);
    field(o, &f, "kw_defaults");
    exprs(o, &a->kw_defaults);
    if (a->kwarg) {
        field(o, &f, "kwarg");
        arg(o, a->kwarg);
    }
    field(o, &f, "defaults");
    exprs(o, &a->defaults);
    puts_(o, ")");
}

static void keywords(Out *o, KrKeywordSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        bool f = true;
        if (i) {
            puts_(o, ", ");
        }
        puts_(o, "keyword(");
        if (s->items[i]->arg) {
            field(o, &f, "arg");
            put_ident(o, s->items[i]->arg);
        }
        field(o, &f, "value");
        expr(o, s->items[i]->value);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void generators(Out *o, KrComprehensionSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        KrComprehension *c = s->items[i];
        if (i) {
            puts_(o, ", ");
        }
        puts_(o, "comprehension(target=");
        expr(o, c->target);
        puts_(o, ", iter=");
        expr(o, c->iter);
        puts_(o, ", ifs=");
        exprs(o, &c->ifs);
        puts_(o, ", is_async=");
        put_int(o, c->is_async);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void expr(Out *o, KrExpr *e) {
    bool f = true;
    static const char *const names[] = {
#define EXPR(name) #name,
#define STMT(name)
#include "ast.def"
#undef EXPR
#undef STMT
    };
    puts_(o, names[e->kind]);
    puts_(o, "(");
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        field(o, &f, "op");
        puts_(o, e->v.boolop.op == KR_BOOL_AND ? "And()" : "Or()");
        field(o, &f, "values");
        exprs(o, &e->v.boolop.values);
        break;
    case KR_EXPR_NamedExpr:
        field(o, &f, "target");
        expr(o, e->v.namedexpr.target);
        field(o, &f, "value");
        expr(o, e->v.namedexpr.value);
        break;
    case KR_EXPR_BinOp:
        field(o, &f, "left");
        expr(o, e->v.binop.left);
        field(o, &f, "op");
        puts_(o, binop_name(e->v.binop.op));
        field(o, &f, "right");
        expr(o, e->v.binop.right);
        break;
    case KR_EXPR_UnaryOp: {
        static const char *const ops[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        field(o, &f, "op");
        puts_(o, ops[e->v.unaryop.op]);
        field(o, &f, "operand");
        expr(o, e->v.unaryop.operand);
        break;
    }
    case KR_EXPR_Lambda:
        field(o, &f, "args");
        arguments(o, e->v.lambda.args);
        field(o, &f, "body");
        expr(o, e->v.lambda.body);
        break;
    case KR_EXPR_IfExp:
        field(o, &f, "test");
        expr(o, e->v.ifexp.test);
        field(o, &f, "body");
        expr(o, e->v.ifexp.body);
        field(o, &f, "orelse");
        expr(o, e->v.ifexp.orelse);
        break;
    case KR_EXPR_Dict:
        field(o, &f, "keys");
        exprs(o, &e->v.dict.keys);
        field(o, &f, "values");
        exprs(o, &e->v.dict.values);
        break;
    case KR_EXPR_Set:
        field(o, &f, "elts");
        exprs(o, &e->v.set.elts);
        break;
    case KR_EXPR_ListComp: case KR_EXPR_SetComp: case KR_EXPR_GeneratorExp:
        field(o, &f, "elt");
        expr(o, e->v.listcomp.elt);
        field(o, &f, "generators");
        generators(o, &e->v.listcomp.generators);
        break;
    case KR_EXPR_DictComp:
        field(o, &f, "key");
        expr(o, e->v.dictcomp.key);
        field(o, &f, "value");
        expr(o, e->v.dictcomp.value);
        field(o, &f, "generators");
        generators(o, &e->v.dictcomp.generators);
        break;
    case KR_EXPR_Await: case KR_EXPR_Yield: case KR_EXPR_YieldFrom:
        if (e->v.await_.value) {
            field(o, &f, "value");
            expr(o, e->v.await_.value);
        }
        break;
    case KR_EXPR_Compare:
        field(o, &f, "left");
        expr(o, e->v.compare.left);
        field(o, &f, "ops");
        puts_(o, "[");
        for (int i = 0; i < e->v.compare.ops.n; i++) {
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, cmp_name(e->v.compare.ops.items[i]));
        }
        puts_(o, "]");
        field(o, &f, "comparators");
        exprs(o, &e->v.compare.comparators);
        break;
    case KR_EXPR_Call:
        field(o, &f, "func");
        expr(o, e->v.call.func);
        field(o, &f, "args");
        exprs(o, &e->v.call.args);
        field(o, &f, "keywords");
        keywords(o, &e->v.call.keywords);
        break;
    case KR_EXPR_FormattedValue:
        field(o, &f, "value");
        expr(o, e->v.formatted.value);
        field(o, &f, "conversion");
        put_int(o, e->v.formatted.conversion);
        if (e->v.formatted.format_spec) {
            field(o, &f, "format_spec");
            expr(o, e->v.formatted.format_spec);
        }
        break;
    case KR_EXPR_JoinedStr:
        field(o, &f, "values");
        exprs(o, &e->v.joinedstr.values);
        break;
    case KR_EXPR_Constant:
        field(o, &f, "value");
        put_obj(o, e->v.constant.value);
        if (e->v.constant.kind) {
            field(o, &f, "kind");
            put_ident(o, e->v.constant.kind);
        }
        break;
    case KR_EXPR_Attribute:
        field(o, &f, "value");
        expr(o, e->v.attribute.value);
        field(o, &f, "attr");
        put_ident(o, e->v.attribute.attr);
        field(o, &f, "ctx");
        puts_(o, ctx_name(e->v.attribute.ctx));
        break;
    case KR_EXPR_Subscript:
        field(o, &f, "value");
        expr(o, e->v.subscript.value);
        field(o, &f, "slice");
        expr(o, e->v.subscript.slice);
        field(o, &f, "ctx");
        puts_(o, ctx_name(e->v.subscript.ctx));
        break;
    case KR_EXPR_Starred:
        field(o, &f, "value");
        expr(o, e->v.starred.value);
        field(o, &f, "ctx");
        puts_(o, ctx_name(e->v.starred.ctx));
        break;
    case KR_EXPR_Name:
        field(o, &f, "id");
        put_ident(o, e->v.name.id);
        field(o, &f, "ctx");
        puts_(o, ctx_name(e->v.name.ctx));
        break;
    case KR_EXPR_List: case KR_EXPR_Tuple:
        field(o, &f, "elts");
        exprs(o, &e->v.list.elts);
        field(o, &f, "ctx");
        puts_(o, ctx_name(e->v.list.ctx));
        break;
    case KR_EXPR_Slice:
        if (e->v.slice.lower) {
            field(o, &f, "lower");
            expr(o, e->v.slice.lower);
        }
        if (e->v.slice.upper) {
            field(o, &f, "upper");
            expr(o, e->v.slice.upper);
        }
        if (e->v.slice.step) {
            field(o, &f, "step");
            expr(o, e->v.slice.step);
        }
        break;
    }
    puts_(o, ")");
}

static void patterns(Out *o, KrPatternSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i) {
            puts_(o, ", ");
        }
        pattern(o, s->items[i]);
    }
    puts_(o, "]");
}

static void pattern(Out *o, KrPattern *p) {
    bool f = true;
    switch (p->kind) {
    case KR_PAT_VALUE:
        puts_(o, "MatchValue(value=");
        expr(o, p->v.value.value);
        break;
    case KR_PAT_SINGLETON:
        puts_(o, "MatchSingleton(value=");
        put_obj(o, p->v.singleton.value);
        break;
    case KR_PAT_SEQUENCE:
        puts_(o, "MatchSequence(patterns=");
        patterns(o, &p->v.sequence.patterns);
        break;
    case KR_PAT_MAPPING:
        puts_(o, "MatchMapping(keys=");
        exprs(o, &p->v.mapping.keys);
        puts_(o, ", patterns=");
        patterns(o, &p->v.mapping.patterns);
        if (p->v.mapping.rest) {
            puts_(o, ", rest=");
            put_ident(o, p->v.mapping.rest);
        }
        break;
    case KR_PAT_CLASS:
        puts_(o, "MatchClass(cls=");
        expr(o, p->v.cls.cls);
        puts_(o, ", patterns=");
        patterns(o, &p->v.cls.patterns);
        puts_(o, ", kwd_attrs=");
        idents(o, &p->v.cls.kwd_attrs);
        puts_(o, ", kwd_patterns=");
        patterns(o, &p->v.cls.kwd_patterns);
        break;
    case KR_PAT_STAR:
        puts_(o, "MatchStar(");
        if (p->v.star.name) {
            field(o, &f, "name");
            put_ident(o, p->v.star.name);
        }
        break;
    case KR_PAT_AS:
        puts_(o, "MatchAs(");
        if (p->v.as.pattern) {
            field(o, &f, "pattern");
            pattern(o, p->v.as.pattern);
        }
        if (p->v.as.name) {
            field(o, &f, "name");
            put_ident(o, p->v.as.name);
        }
        break;
    case KR_PAT_OR:
        puts_(o, "MatchOr(patterns=");
        patterns(o, &p->v.or_.patterns);
        break;
    }
    puts_(o, ")");
}

static void stmt(Out *o, KrStmt *s) {
    bool f = true;
    static const char *const names[] = {
#define EXPR(name)
#define STMT(name) #name,
#include "ast.def"
#undef EXPR
#undef STMT
    };
    bool async = (s->kind == KR_STMT_FunctionDef && s->v.funcdef.is_async) ||
                 (s->kind == KR_STMT_For && s->v.for_.is_async) || (s->kind == KR_STMT_With && s->v.with.is_async);
    if (async) {
        puts_(o, "Async");
    }
    puts_(o, s->kind == KR_STMT_Try && s->v.try_.is_star ? "TryStar" : names[s->kind]);
    puts_(o, "(");
    switch (s->kind) {
    case KR_STMT_FunctionDef:
        field(o, &f, "name");
        put_ident(o, s->v.funcdef.name);
        field(o, &f, "args");
        arguments(o, s->v.funcdef.args);
        field(o, &f, "body");
        stmts(o, &s->v.funcdef.body);
        field(o, &f, "decorator_list");
        exprs(o, &s->v.funcdef.decorators);
        if (s->v.funcdef.returns) {
            field(o, &f, "returns");
            expr(o, s->v.funcdef.returns);
        }
        break;
    case KR_STMT_ClassDef:
        field(o, &f, "name");
        put_ident(o, s->v.classdef.name);
        field(o, &f, "bases");
        exprs(o, &s->v.classdef.bases);
        field(o, &f, "keywords");
        keywords(o, &s->v.classdef.keywords);
        field(o, &f, "body");
        stmts(o, &s->v.classdef.body);
        field(o, &f, "decorator_list");
        exprs(o, &s->v.classdef.decorators);
        break;
    case KR_STMT_Return:
        if (s->v.return_.value) {
            field(o, &f, "value");
            expr(o, s->v.return_.value);
        }
        break;
    case KR_STMT_Delete:
        field(o, &f, "targets");
        exprs(o, &s->v.delete_.targets);
        break;
    case KR_STMT_Assign:
        field(o, &f, "targets");
        exprs(o, &s->v.assign.targets);
        field(o, &f, "value");
        expr(o, s->v.assign.value);
        break;
    case KR_STMT_AugAssign:
        field(o, &f, "target");
        expr(o, s->v.augassign.target);
        field(o, &f, "op");
        puts_(o, binop_name(s->v.augassign.op));
        field(o, &f, "value");
        expr(o, s->v.augassign.value);
        break;
    case KR_STMT_AnnAssign:
        field(o, &f, "target");
        expr(o, s->v.annassign.target);
        field(o, &f, "annotation");
        expr(o, s->v.annassign.annotation);
        if (s->v.annassign.value) {
            field(o, &f, "value");
            expr(o, s->v.annassign.value);
        }
        field(o, &f, "simple");
        put_int(o, s->v.annassign.simple);
        break;
    case KR_STMT_For:
        field(o, &f, "target");
        expr(o, s->v.for_.target);
        field(o, &f, "iter");
        expr(o, s->v.for_.iter);
        field(o, &f, "body");
        stmts(o, &s->v.for_.body);
        field(o, &f, "orelse");
        stmts(o, &s->v.for_.orelse);
        break;
    case KR_STMT_While: case KR_STMT_If:
        field(o, &f, "test");
        expr(o, s->v.while_.test);
        field(o, &f, "body");
        stmts(o, &s->v.while_.body);
        field(o, &f, "orelse");
        stmts(o, &s->v.while_.orelse);
        break;
    case KR_STMT_With:
        field(o, &f, "items");
        puts_(o, "[");
        for (int i = 0; i < s->v.with.items.n; i++) {
            KrWithItem *w = s->v.with.items.items[i];
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "withitem(context_expr=");
            expr(o, w->context_expr);
            if (w->optional_vars) {
                puts_(o, ", optional_vars=");
                expr(o, w->optional_vars);
            }
            puts_(o, ")");
        }
        puts_(o, "]");
        field(o, &f, "body");
        stmts(o, &s->v.with.body);
        break;
    case KR_STMT_Match:
        field(o, &f, "subject");
        expr(o, s->v.match.subject);
        field(o, &f, "cases");
        puts_(o, "[");
        for (int i = 0; i < s->v.match.cases.n; i++) {
            KrMatchCase *c = s->v.match.cases.items[i];
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "match_case(pattern=");
            pattern(o, c->pattern);
            if (c->guard) {
                puts_(o, ", guard=");
                expr(o, c->guard);
            }
            puts_(o, ", body=");
            stmts(o, &c->body);
            puts_(o, ")");
        }
        puts_(o, "]");
        break;
    case KR_STMT_Raise:
        if (s->v.raise.exc) {
            field(o, &f, "exc");
            expr(o, s->v.raise.exc);
        }
        if (s->v.raise.cause) {
            field(o, &f, "cause");
            expr(o, s->v.raise.cause);
        }
        break;
    case KR_STMT_Try:
        field(o, &f, "body");
        stmts(o, &s->v.try_.body);
        field(o, &f, "handlers");
        puts_(o, "[");
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            KrExceptHandler *h = s->v.try_.handlers.items[i];
            bool hf = true;
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "ExceptHandler(");
            if (h->type) {
                field(o, &hf, "type");
                expr(o, h->type);
            }
            if (h->name) {
                field(o, &hf, "name");
                put_ident(o, h->name);
            }
            field(o, &hf, "body");
            stmts(o, &h->body);
            puts_(o, ")");
        }
        puts_(o, "]");
        field(o, &f, "orelse");
        stmts(o, &s->v.try_.orelse);
        field(o, &f, "finalbody");
        stmts(o, &s->v.try_.finalbody);
        break;
    case KR_STMT_Assert:
        field(o, &f, "test");
        expr(o, s->v.assert_.test);
        if (s->v.assert_.msg) {
            field(o, &f, "msg");
            expr(o, s->v.assert_.msg);
        }
        break;
    case KR_STMT_Import: case KR_STMT_ImportFrom: {
        KrAliasSeq *names = s->kind == KR_STMT_Import ? &s->v.import.names : &s->v.importfrom.names;
        if (s->kind == KR_STMT_ImportFrom && s->v.importfrom.module) {
            field(o, &f, "module");
            put_ident(o, s->v.importfrom.module);
        }
        field(o, &f, "names");
        puts_(o, "[");
        for (int i = 0; i < names->n; i++) {
            if (i) {
                puts_(o, ", ");
            }
            puts_(o, "alias(name=");
            put_ident(o, names->items[i]->name);
            if (names->items[i]->asname) {
                puts_(o, ", asname=");
                put_ident(o, names->items[i]->asname);
            }
            puts_(o, ")");
        }
        puts_(o, "]");
        if (s->kind == KR_STMT_ImportFrom) {
            field(o, &f, "level");
            put_int(o, s->v.importfrom.level);
        }
        break;
    }
    case KR_STMT_Global: case KR_STMT_Nonlocal:
        field(o, &f, "names");
        idents(o, &s->v.global.names);
        break;
    case KR_STMT_Expr:
        field(o, &f, "value");
        expr(o, s->v.expr.value);
        break;
    case KR_STMT_Pass: case KR_STMT_Break: case KR_STMT_Continue:
        break;
    }
    puts_(o, ")");
}

static void stmts(Out *o, KrStmtSeq *s) {
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i) {
            puts_(o, ", ");
        }
        stmt(o, s->items[i]);
    }
    puts_(o, "]");
}

KrObject *kr_ast_dump(KrThread *ts, KrModule *m) {
    Out o = {ts, NULL, 0, 0, false};
    if (m->mode == KR_MODE_EVAL) {
        puts_(&o, "Expression(body=");
        expr(&o, m->expr);
        puts_(&o, ")");
    } else {
        puts_(&o, m->mode == KR_MODE_SINGLE ? "Interactive(body=" : "Module(body=");
        stmts(&o, &m->body);
        puts_(&o, m->mode == KR_MODE_SINGLE ? ")" : ", type_ignores=[])");
    }
    KrObject *r = NULL;
    if (!o.failed) {
        r = kr_str_from_utf8(ts, o.buf, o.n);
    } else if (!kr_err_occurred(ts)) {
        kr_err_no_memory(ts);
    }
    kr_mem_free(ts, o.buf);
    return r;
}
