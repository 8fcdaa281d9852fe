// SPDX-License-Identifier: MIT
// The statement half of the parser: simple and compound statements, parameters, imports.
#include <stdio.h>
#include <string.h>

#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../vm/vm.h"
#include "parser.h"
#include "symtable.h"


static KrLoc tok_loc(Parser *P, KrToken *t) {
    return loc_of(P, t, t);
}

static KrLoc end_of_body(KrLoc start, KrStmtSeq *body) {
    return body->n ? loc_span(start, body->items[body->n - 1]->loc) : start;
}

// ---- blocks

static int parse_simple_stmts(Parser *P, KrStmtSeq *out, int *cap);

// block: NEWLINE INDENT statements DEDENT | simple_stmts
static int parse_block(Parser *P, KrStmtSeq *body, const char *what, int line) {
    int cap = 0;
    if (!accept(P, KR_TOK_NEWLINE)) {
        return parse_simple_stmts(P, body, &cap);
    }
    if (kind(P) != KR_TOK_INDENT) {
        KrToken *t = tok(P);
        char msg[128];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
        if (t->kind == KR_TOK_ERRORTOKEN) {
            err_invalid(P);
        } else if (t->start >= (int)P->lx->len && P->pos > 0) {
            KrToken *nl = tok_at(P, P->pos - 1);
            err_range(P, &kr_exc_IndentationError, nl->lineno, nl->col, nl->lineno, KR_END_NONE, "%s", msg);
        } else {
            err_range(P, &kr_exc_IndentationError, t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
        }
        return -1;
    }
    advance(P);
    while (kind(P) != KR_TOK_DEDENT) {
        if (kind(P) == KR_TOK_ENDMARKER) {
            err_invalid(P);
            return -1;
        }
        if (parse_statement(P, body, &cap) < 0) {
            return -1;
        }
    }
    advance(P);
    return 0;
}

// "expected ':'" is reported only when the line ends where the colon should be
// (CPython's invalid_*_stmt rules); otherwise it is a plain "invalid syntax".
static bool colon_at_newline(Parser *P) {
    if (accept(P, KR_TOK_COLON)) {
        return true;
    }
    if (kind(P) == KR_TOK_NEWLINE) {
        err_expected(P, ":");
    } else {
        err_invalid(P);
    }
    return false;
}

static bool colon_forced(Parser *P) {
    if (accept(P, KR_TOK_COLON)) {
        return true;
    }
    err_expected(P, ":");
    return false;
}

// ---- parameters

static KrArg *parse_param(Parser *P, bool lambda) {
    KrToken *t = tok(P);
    if (t->kind != KR_TOK_NAME) {
        return err_invalid(P);
    }
    advance(P);
    KrArg *a = palloc(P, sizeof(KrArg));
    if (!a || !(a->arg = tok_str(P, t))) {
        return NULL;
    }
    a->loc = tok_loc(P, t);
    if (!lambda && accept(P, KR_TOK_COLON)) {
        KrToken *s = tok(P);
        if (s->kind == KR_TOK_STAR) { // *args: *Ts
            advance(P);
            KrExpr *v = parse_bitwise_or(P);
            KrExpr *st = v ? new_expr(P, KR_EXPR_Starred, loc_to_prev(P, tok_loc(P, s))) : NULL;
            if (!st) {
                return NULL;
            }
            st->v.starred.value = v;
            a->annotation = st;
        } else if (!(a->annotation = parse_expression(P))) {
            return NULL;
        }
        a->loc = loc_to_prev(P, a->loc);
    }
    return a;
}

static int check_duplicates(Parser *P, KrArguments *a) {
    KrArg *all[512];
    int n = 0;
    KrArgSeq *seqs[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int s = 0; s < 3; s++) {
        for (int i = 0; i < seqs[s]->n && n < 510; i++) {
            all[n++] = seqs[s]->items[i];
            if (s == 1 && a->vararg) {
                // keep source order roughly: vararg comes before kwonly args
            }
        }
        if (s == 1 && a->vararg) {
            all[n++] = a->vararg;
        }
    }
    if (a->kwarg) {
        all[n++] = a->kwarg;
    }
    for (int i = 1; i < n; i++) {
        for (int j = 0; j < i; j++) {
            if (strcmp(all[i]->arg, all[j]->arg) == 0) {
                char msg[300];
                snprintf(msg, sizeof msg, "duplicate argument '%s' in function definition", all[i]->arg);
                KrLoc *l = &all[i]->loc;
                if (!P->fstring) {
                    // CPython's symtable reports it with the line read back from the file.
                    KrLoc at = {l->lineno, l->col_offset, l->lineno, l->col_offset + (int)strlen(all[i]->arg)};
                    kr_symtable_raise(P->ts, P->filename, P->src, at, msg);
                    return -1;
                }
                kr_err_syntax(P->ts, &kr_exc_SyntaxError, msg, P->filename, l->lineno, l->col_offset + 1, NULL,
                              l->lineno, l->col_offset + 1 + (int)strlen(all[i]->arg));
                return -1;
            }
        }
    }
    return 0;
}

KrArguments *parse_params(Parser *P, bool lambda, int close) {
    KrArguments *a = palloc(P, sizeof(KrArguments));
    if (!a) {
        return NULL;
    }
    int pcap = 0, kcap = 0, kdcap = 0, dcap = 0;
    bool seen_default = false, seen_star = false, seen_slash = false;
    while (kind(P) != close) {
        KrToken *t = tok(P);
        if (a->kwarg) {
            err_tok(P, t, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        if (t->kind == KR_TOK_SLASH) {
            if (seen_slash) {
                return err_tok(P, t, "/ may appear only once");
            }
            if (seen_star) {
                return err_tok(P, t, "/ must be ahead of *");
            }
            if (a->args.n == 0) {
                // CPython names the mistake only when something follows: def f(/, x).
                if (kind_at(P, P->pos + 1) == KR_TOK_COMMA) {
                    return err_tok(P, t, "at least one argument must precede /");
                }
                return err_invalid(P);
            }
            advance(P);
            seen_slash = true;
            a->posonlyargs = a->args;
            a->args.n = 0;
            a->args.items = NULL;
            pcap = 0;
        } else if (t->kind == KR_TOK_STAR) {
            if (seen_star) {
                return err_tok(P, t, "* argument may appear only once");
            }
            advance(P);
            seen_star = true;
            if (kind(P) == KR_TOK_NAME) {
                if (!(a->vararg = parse_param(P, lambda))) {
                    return NULL;
                }
            } else if (kind(P) != KR_TOK_COMMA || kind_at(P, P->pos + 1) == close ||
                       kind_at(P, P->pos + 1) == KR_TOK_DOUBLESTAR) {
                if (kind(P) == KR_TOK_COMMA || kind(P) == close) {
                    // A lambda's rule reports the last token it read (':' or '**').
                    KrToken *at = !lambda ? t : kind(P) == close ? tok(P) : tok_at(P, P->pos + 1);
                    return err_tok(P, at, "named arguments must follow bare *");
                }
                return err_invalid(P);
            }
        } else if (t->kind == KR_TOK_DOUBLESTAR) {
            advance(P);
            if (!(a->kwarg = parse_param(P, lambda))) {
                return NULL;
            }
            if (kind(P) == KR_TOK_EQUAL) {
                return err_tok(P, tok(P), "var-keyword argument cannot have default value");
            }
        } else {
            if (t->kind == KR_TOK_LPAR) {
                // CPython's invalid_parameters: (x, y) where a name belongs.
                int i = P->pos + 1;
                while (kind_at(P, i) == KR_TOK_NAME && (kind_at(P, i + 1) == KR_TOK_COMMA || kind_at(P, i + 1) == KR_TOK_RPAR)) {
                    i += kind_at(P, i + 1) == KR_TOK_COMMA && kind_at(P, i + 2) == KR_TOK_RPAR ? 2 : 1;
                    if (kind_at(P, i) == KR_TOK_RPAR) {
                        KrLoc l = loc_of(P, t, tok_at(P, i));
                        return err_node(P, &l, lambda ? "Lambda expression parameters cannot be parenthesized"
                                                      : "Function parameters cannot be parenthesized");
                    }
                    i++;
                }
            }
            KrArg *arg = parse_param(P, lambda);
            if (!arg) {
                return NULL;
            }
            KrExpr *def = NULL;
            KrToken *eq = tok(P);
            if (accept(P, KR_TOK_EQUAL)) {
                if (!lambda && (kind(P) == KR_TOK_COMMA || kind(P) == close)) {
                    return err_tok(P, eq, "expected default value expression");
                }
                if (!(def = parse_expression(P))) {
                    return NULL;
                }
            }
            if (seen_star) {
                if (SEQ_PUSH(P, a->kwonlyargs, kcap, arg) < 0 || SEQ_PUSH(P, a->kw_defaults, kdcap, def) < 0) {
                    return NULL;
                }
            } else {
                if (def) {
                    seen_default = true;
                    if (SEQ_PUSH(P, a->defaults, dcap, def) < 0) {
                        return NULL;
                    }
                } else if (seen_default) {
                    return err_node(P, &arg->loc, "non-default argument follows default argument");
                }
                if (SEQ_PUSH(P, a->args, pcap, arg) < 0) {
                    return NULL;
                }
            }
        }
        if (!accept(P, KR_TOK_COMMA)) {
            break;
        }
    }
    if (a->vararg && kind(P) == KR_TOK_EQUAL) {
        return err_tok(P, tok(P), "var-positional argument cannot have default value");
    }
    if (check_duplicates(P, a) < 0) {
        return NULL;
    }
    return a;
}

// CPython's invalid_match_stmt: `match x` + NEWLINE, where the line cannot
// be an expression statement either. True with "expected ':'" raised.
static bool match_without_colon(Parser *P) {
    int k = kind_at(P, P->pos + 1);
    if (!starts_expression(k) || k == KR_TOK_LPAR || k == KR_TOK_LSQB || k == KR_TOK_MINUS || k == KR_TOK_PLUS ||
        k == KR_TOK_STAR || k == KR_TOK_NOT) {
        return false;
    }
    int save = P->pos;
    advance(P);
    P->no_invalid++;
    KrExpr *e = parse_star_expressions(P);
    P->no_invalid--;
    if (e && kind(P) == KR_TOK_NEWLINE) {
        err_tok(P, tok(P), "expected ':'");
        return true;
    }
    if (!e && !recover(P)) {
        return true;
    }
    P->pos = save;
    return false;
}

// ---- imports

static const char *dotted_name(Parser *P) {
    KrToken *first = tok(P);
    if (first->kind != KR_TOK_NAME) {
        return err_invalid(P);
    }
    advance(P);
    KrToken *last = first;
    while (kind(P) == KR_TOK_DOT && kind_at(P, P->pos + 1) == KR_TOK_NAME) {
        advance(P);
        last = advance(P);
    }
    if (last == first) {
        return tok_str(P, first);
    }
    // Rebuild without any whitespace between the parts ("a . b" is legal).
    char *buf = palloc(P, (size_t)(last->end - first->start) + 1);
    if (!buf) {
        return NULL;
    }
    size_t n = 0;
    for (KrToken *t = first; t <= last; t++) {
        memcpy(buf + n, P->src + t->start, (size_t)(t->end - t->start));
        n += (size_t)(t->end - t->start);
    }
    buf[n] = '\0';
    return buf;
}

static KrAlias *parse_alias(Parser *P, bool dotted) {
    KrToken *t = tok(P);
    KrAlias *a = palloc(P, sizeof(KrAlias));
    if (!a) {
        return NULL;
    }
    if (dotted) {
        a->name = dotted_name(P);
    } else if (t->kind == KR_TOK_NAME) {
        advance(P);
        a->name = tok_str(P, t);
    } else {
        return err_invalid(P);
    }
    if (!a->name) {
        return NULL;
    }
    if (accept(P, KR_TOK_AS)) {
        KrToken *n = tok(P);
        if (n->kind != KR_TOK_NAME) {
            return err_invalid(P);
        }
        advance(P);
        if (!(a->asname = tok_str(P, n))) {
            return NULL;
        }
    }
    a->loc = loc_to_prev(P, tok_loc(P, t));
    return a;
}

static KrStmt *parse_import(Parser *P) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_Import, tok_loc(P, t));
    int cap = 0;
    if (!s) {
        return NULL;
    }
    do {
        KrAlias *a = parse_alias(P, true);
        if (!a || SEQ_PUSH(P, s->v.import.names, cap, a) < 0) {
            return NULL;
        }
    } while (accept(P, KR_TOK_COMMA));
    s->loc = loc_to_prev(P, s->loc);
    return s;
}

static KrStmt *parse_from_import(Parser *P) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_ImportFrom, tok_loc(P, t));
    if (!s) {
        return NULL;
    }
    int level = 0;
    for (;;) {
        if (accept(P, KR_TOK_DOT)) {
            level++;
        } else if (accept(P, KR_TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    s->v.importfrom.level = level;
    if (kind(P) != KR_TOK_IMPORT || level == 0) {
        if (!(s->v.importfrom.module = dotted_name(P))) {
            return NULL;
        }
    }
    if (!accept(P, KR_TOK_IMPORT)) {
        return err_invalid(P);
    }
    int cap = 0;
    KrToken *st = tok(P);
    if (st->kind == KR_TOK_STAR) {
        advance(P);
        KrAlias *a = palloc(P, sizeof(KrAlias));
        if (!a) {
            return NULL;
        }
        a->name = "*";
        a->loc = tok_loc(P, st);
        if (SEQ_PUSH(P, s->v.importfrom.names, cap, a) < 0) {
            return NULL;
        }
    } else {
        bool paren = accept(P, KR_TOK_LPAR);
        do {
            if (paren && kind(P) == KR_TOK_RPAR && s->v.importfrom.names.n > 0) {
                break;
            }
            KrAlias *a = parse_alias(P, false);
            if (!a || SEQ_PUSH(P, s->v.importfrom.names, cap, a) < 0) {
                return NULL;
            }
            if (!paren && kind(P) == KR_TOK_COMMA && kind_at(P, P->pos + 1) == KR_TOK_NEWLINE) {
                return err_tok(P, tok_at(P, P->pos + 1),
                               "trailing comma not allowed without surrounding parentheses");
            }
        } while (accept(P, KR_TOK_COMMA));
        if (paren && !accept(P, KR_TOK_RPAR)) {
            return err_invalid(P);
        }
    }
    s->loc = loc_to_prev(P, s->loc);
    return s;
}

// ---- simple statements

static bool is_augassign(int k, int *op) {
    switch (k) {
    case KR_TOK_PLUSEQUAL: *op = KR_BINOP_ADD; return true;
    case KR_TOK_MINEQUAL: *op = KR_BINOP_SUBTRACT; return true;
    case KR_TOK_STAREQUAL: *op = KR_BINOP_MULTIPLY; return true;
    case KR_TOK_SLASHEQUAL: *op = KR_BINOP_TRUE_DIVIDE; return true;
    case KR_TOK_PERCENTEQUAL: *op = KR_BINOP_REMAINDER; return true;
    case KR_TOK_AMPEREQUAL: *op = KR_BINOP_AND; return true;
    case KR_TOK_VBAREQUAL: *op = KR_BINOP_OR; return true;
    case KR_TOK_CIRCUMFLEXEQUAL: *op = KR_BINOP_XOR; return true;
    case KR_TOK_LEFTSHIFTEQUAL: *op = KR_BINOP_LSHIFT; return true;
    case KR_TOK_RIGHTSHIFTEQUAL: *op = KR_BINOP_RSHIFT; return true;
    case KR_TOK_DOUBLESTAREQUAL: *op = KR_BINOP_POWER; return true;
    case KR_TOK_DOUBLESLASHEQUAL: *op = KR_BINOP_FLOOR_DIVIDE; return true;
    case KR_TOK_ATEQUAL: *op = KR_BINOP_MATRIX_MULTIPLY; return true;
    default: return false;
    }
}

static KrExpr *parse_rhs(Parser *P) {
    return kind(P) == KR_TOK_YIELD ? parse_yield_expr(P) : parse_star_expressions(P);
}

// CPython's invalid_named_expression at statement level: "x() = 1" gets
// "cannot assign to function call here. Maybe you meant '==' instead of '='?".
static bool maybe_comparison(KrExpr *e) {
    switch (e->kind) {
    case KR_EXPR_List: case KR_EXPR_Tuple: case KR_EXPR_GeneratorExp: case KR_EXPR_BoolOp: case KR_EXPR_Compare:
    case KR_EXPR_IfExp: case KR_EXPR_Lambda: case KR_EXPR_Starred: case KR_EXPR_NamedExpr: case KR_EXPR_Yield:
    case KR_EXPR_YieldFrom:
        return false;
    case KR_EXPR_UnaryOp:
        return e->v.unaryop.op != KR_UNARY_NOT;
    case KR_EXPR_Constant:
        return !(e->v.constant.value == KR_NONE || e->v.constant.value == KR_TRUE ||
                 e->v.constant.value == KR_FALSE);
    default:
        return true;
    }
}

static KrStmt *parse_expr_stmt(Parser *P) {
    KrToken *first = tok(P);
    KrLoc start = tok_loc(P, first);
    KrExpr *e = parse_rhs(P);
    if (!e) {
        return NULL;
    }
    int op;
    KrStmt *s;
    if (kind(P) == KR_TOK_COLON) {
        if (e->kind == KR_EXPR_Tuple || e->kind == KR_EXPR_List) {
            // An unparenthesized tuple is reported at its first element.
            KrLoc *at = e->kind == KR_EXPR_Tuple && first->kind != KR_TOK_LPAR && e->v.list.elts.n > 0
                            ? &e->v.list.elts.items[0]->loc
                            : &e->loc;
            return err_node(P, at, "only single target (not %s) can be annotated",
                            e->kind == KR_EXPR_Tuple ? "tuple" : "list");
        }
        if (e->kind != KR_EXPR_Name && e->kind != KR_EXPR_Attribute && e->kind != KR_EXPR_Subscript) {
            return err_node(P, &e->loc, "illegal target for annotation");
        }
        advance(P);
        KrExpr *ann = parse_expression(P);
        if (!ann || !(s = new_stmt(P, KR_STMT_AnnAssign, start))) {
            return NULL;
        }
        if (accept(P, KR_TOK_EQUAL) && !(s->v.annassign.value = parse_rhs(P))) {
            return NULL;
        }
        set_context(P, e, KR_CTX_STORE);
        s->v.annassign.target = e;
        s->v.annassign.annotation = ann;
        s->v.annassign.simple = e->kind == KR_EXPR_Name && first->kind != KR_TOK_LPAR;
    } else if (is_augassign(kind(P), &op)) {
        if (e->kind != KR_EXPR_Name && e->kind != KR_EXPR_Attribute && e->kind != KR_EXPR_Subscript) {
            return err_node(P, &e->loc, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        }
        advance(P);
        KrExpr *v = parse_rhs(P);
        if (!v || !(s = new_stmt(P, KR_STMT_AugAssign, start))) {
            return NULL;
        }
        set_context(P, e, KR_CTX_STORE);
        s->v.augassign.target = e;
        s->v.augassign.op = op;
        s->v.augassign.value = v;
    } else if (kind(P) == KR_TOK_EQUAL) {
        if (!(s = new_stmt(P, KR_STMT_Assign, start))) {
            return NULL;
        }
        KrExprSeq *targets = &s->v.assign.targets;
        int cap = 0;
        KrExpr *value = e;
        int rk = first->kind;
        while (accept(P, KR_TOK_EQUAL)) {
            if (SEQ_PUSH(P, *targets, cap, value) < 0) {
                return NULL;
            }
            if (rk == KR_TOK_YIELD) {
                return err_node(P, &value->loc, "assignment to yield expression not possible");
            }
            rk = kind(P);
            if (!(value = parse_rhs(P))) {
                return NULL;
            }
            if (targets->n == 1 && kind(P) != KR_TOK_EQUAL && rk != KR_TOK_STAR && rk != KR_TOK_YIELD &&
                rk != KR_TOK_LAMBDA && rk != KR_TOK_NOT) {
                KrExpr *t = targets->items[0];
                if (t->kind == KR_EXPR_Tuple && first->kind != KR_TOK_LPAR) {
                    t = t->v.list.elts.items[t->v.list.elts.n - 1];
                }
                // A parenthesized target is an atom, so any expression in it qualifies.
                bool grouped = first->kind == KR_TOK_LPAR && t->kind != KR_EXPR_Starred &&
                               (t->loc.lineno > first->lineno || t->loc.col_offset > first->col);
                if (invalid_target(t, KR_CTX_STORE) && (maybe_comparison(t) || grouped)) {
                    return err_node(P, &t->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                    expr_name(t));
                }
            }
        }
        for (int i = 0; i < targets->n; i++) {
            KrExpr *t = targets->items[i];
            if (set_context(P, t, KR_CTX_STORE) < 0) {
                return NULL;
            }
        }
        s->v.assign.value = value;
    } else {
        if (!(s = new_stmt(P, KR_STMT_Expr, start))) {
            return NULL;
        }
        s->v.expr.value = e;
    }
    s->loc = loc_to_prev(P, start);
    return s;
}

static KrStmt *parse_names_stmt(Parser *P, KrStmtKind k) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, k, tok_loc(P, t));
    int cap = 0;
    if (!s) {
        return NULL;
    }
    do {
        KrToken *n = tok(P);
        if (n->kind != KR_TOK_NAME) {
            return err_invalid(P);
        }
        advance(P);
        const char *id = tok_str(P, n);
        if (!id || SEQ_PUSH(P, s->v.global.names, cap, id) < 0) {
            return NULL;
        }
    } while (accept(P, KR_TOK_COMMA));
    s->loc = loc_to_prev(P, s->loc);
    return s;
}

static KrStmt *parse_simple_stmt(Parser *P) {
    KrToken *t = tok(P);
    KrLoc start = tok_loc(P, t);
    KrStmt *s = NULL;
    switch (t->kind) {
    case KR_TOK_PASS: case KR_TOK_BREAK: case KR_TOK_CONTINUE:
        advance(P);
        return new_stmt(P, t->kind == KR_TOK_PASS ? KR_STMT_Pass : t->kind == KR_TOK_BREAK ? KR_STMT_Break
                                                                                          : KR_STMT_Continue,
                        start);
    case KR_TOK_RETURN:
        advance(P);
        if (!(s = new_stmt(P, KR_STMT_Return, start))) {
            return NULL;
        }
        if ((starts_expression(kind(P)) || kind(P) == KR_TOK_STAR) &&
            !(s->v.return_.value = parse_star_expressions(P))) {
            return NULL;
        }
        break;
    case KR_TOK_RAISE:
        advance(P);
        if (!(s = new_stmt(P, KR_STMT_Raise, start))) {
            return NULL;
        }
        if (starts_expression(kind(P))) {
            if (!(s->v.raise.exc = parse_expression(P))) {
                return NULL;
            }
            if (accept(P, KR_TOK_FROM) && !(s->v.raise.cause = parse_expression(P))) {
                return NULL;
            }
        }
        break;
    case KR_TOK_GLOBAL:
        return parse_names_stmt(P, KR_STMT_Global);
    case KR_TOK_NONLOCAL:
        return parse_names_stmt(P, KR_STMT_Nonlocal);
    case KR_TOK_DEL: {
        advance(P);
        if (!(s = new_stmt(P, KR_STMT_Delete, start))) {
            return NULL;
        }
        int cap = 0;
        do {
            int k = kind(P);
            if (!(starts_expression(k) || k == KR_TOK_STAR)) {
                if (s->v.delete_.targets.n > 0) {
                    break;
                }
                return err_invalid(P);
            }
            KrExpr *e = parse_star_named_expression(P);
            if (!e || set_context(P, e, KR_CTX_DEL) < 0 || SEQ_PUSH(P, s->v.delete_.targets, cap, e) < 0) {
                return NULL;
            }
        } while (accept(P, KR_TOK_COMMA));
        break;
    }
    case KR_TOK_ASSERT:
        advance(P);
        if (!(s = new_stmt(P, KR_STMT_Assert, start)) || !(s->v.assert_.test = parse_expression(P))) {
            return NULL;
        }
        if (accept(P, KR_TOK_COMMA) && !(s->v.assert_.msg = parse_expression(P))) {
            return NULL;
        }
        break;
    case KR_TOK_IMPORT:
        return parse_import(P);
    case KR_TOK_FROM:
        return parse_from_import(P);
    default:
        if (!(starts_expression(t->kind) || t->kind == KR_TOK_STAR || t->kind == KR_TOK_YIELD)) {
            return err_invalid(P);
        }
        return parse_expr_stmt(P);
    }
    s->loc = loc_to_prev(P, start);
    return s;
}

static int parse_simple_stmts(Parser *P, KrStmtSeq *out, int *cap) {
    for (;;) {
        KrStmt *s = parse_simple_stmt(P);
        if (!s || SEQ_PUSH(P, *out, *cap, s) < 0) {
            return -1;
        }
        if (!accept(P, KR_TOK_SEMI) || kind(P) == KR_TOK_NEWLINE) {
            break;
        }
    }
    if (!accept(P, KR_TOK_NEWLINE)) {
        err_invalid(P);
        return -1;
    }
    return 0;
}

// ---- compound statements

static KrStmt *parse_if(Parser *P, bool elif) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_If, tok_loc(P, t));
    if (!s || !(s->v.while_.test = parse_named_expression(P)) || !colon_at_newline(P) ||
        parse_block(P, &s->v.while_.body, elif ? "'elif' statement" : "'if' statement", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.while_.body);
    if (kind(P) == KR_TOK_ELIF) {
        KrStmt *e = parse_if(P, true);
        int cap = 0;
        if (!e || SEQ_PUSH(P, s->v.while_.orelse, cap, e) < 0) {
            return NULL;
        }
        s->loc = loc_span(s->loc, e->loc);
    } else if (kind(P) == KR_TOK_ELSE) {
        KrToken *el = advance(P);
        if (!colon_forced(P) || parse_block(P, &s->v.while_.orelse, "'else' statement", el->lineno) < 0) {
            return NULL;
        }
        s->loc = end_of_body(s->loc, &s->v.while_.orelse);
    }
    return s;
}

static int parse_else(Parser *P, KrStmt *s, KrStmtSeq *orelse) {
    if (kind(P) == KR_TOK_ELSE) {
        KrToken *el = advance(P);
        if (!colon_forced(P) || parse_block(P, orelse, "'else' statement", el->lineno) < 0) {
            return -1;
        }
        s->loc = end_of_body(s->loc, orelse);
    }
    return 0;
}

static KrStmt *parse_while(Parser *P) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_While, tok_loc(P, t));
    if (!s || !(s->v.while_.test = parse_named_expression(P)) || !colon_at_newline(P) ||
        parse_block(P, &s->v.while_.body, "'while' statement", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.while_.body);
    return parse_else(P, s, &s->v.while_.orelse) < 0 ? NULL : s;
}

static KrStmt *parse_for(Parser *P, KrToken *async) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_For, tok_loc(P, async ? async : t));
    if (!s || !(s->v.for_.target = parse_star_targets(P))) {
        return NULL;
    }
    s->v.for_.is_async = async != NULL;
    if (!accept(P, KR_TOK_IN)) {
        return err_invalid(P);
    }
    if (!(s->v.for_.iter = parse_star_expressions(P)) || !colon_at_newline(P) ||
        parse_block(P, &s->v.for_.body, "'for' statement", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.for_.body);
    return parse_else(P, s, &s->v.for_.orelse) < 0 ? NULL : s;
}

static KrWithItem *parse_with_item(Parser *P) {
    KrWithItem *w = palloc(P, sizeof(KrWithItem));
    if (!w || !(w->context_expr = parse_expression(P))) {
        return NULL;
    }
    if (accept(P, KR_TOK_AS)) {
        KrToken *s = tok(P);
        KrExpr *t;
        if (s->kind == KR_TOK_STAR) {
            advance(P);
            KrExpr *v = parse_bitwise_or(P);
            t = v ? new_expr(P, KR_EXPR_Starred, loc_to_prev(P, tok_loc(P, s))) : NULL;
            if (t) {
                t->v.starred.value = v;
            }
        } else {
            t = parse_bitwise_or(P);
        }
        int k = kind(P);
        if (!t) {
            return NULL;
        }
        if (k != KR_TOK_COMMA && k != KR_TOK_RPAR && k != KR_TOK_COLON && k != KR_TOK_NEWLINE) {
            return err_invalid(P);
        }
        if (set_context(P, t, KR_CTX_STORE) < 0) {
            return NULL;
        }
        w->optional_vars = t;
    }
    return w;
}

static KrStmt *parse_with(Parser *P, KrToken *async) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_With, tok_loc(P, async ? async : t));
    if (!s) {
        return NULL;
    }
    s->v.with.is_async = async != NULL;
    int cap = 0;
    bool done = false;
    if (kind(P) == KR_TOK_LPAR) {
        // with (a as b, c as d): ... -- tried first, as CPython's grammar does.
        int save = P->pos;
        advance(P);
        for (;;) {
            KrWithItem *w = parse_with_item(P);
            if (!w || SEQ_PUSH(P, s->v.with.items, cap, w) < 0) {
                break;
            }
            if (!accept(P, KR_TOK_COMMA) || kind(P) == KR_TOK_RPAR) {
                break;
            }
        }
        bool closed = !failed(P) && accept(P, KR_TOK_RPAR);
        if (closed && kind(P) == KR_TOK_COLON) {
            done = true;
        } else if (closed && kind(P) == KR_TOK_NEWLINE) {
            return err_expected(P, ":");
        } else {
            // CPython's parser got this far: a generic error is reported here.
            if (P->invalid_at < P->pos) {
                P->invalid_at = P->pos;
            }
            if (!recover(P)) {
                return NULL;
            }
            P->pos = save;
            s->v.with.items.n = 0;
        }
    }
    if (!done) {
        do {
            KrWithItem *w = parse_with_item(P);
            if (!w || SEQ_PUSH(P, s->v.with.items, cap, w) < 0) {
                return NULL;
            }
        } while (accept(P, KR_TOK_COMMA));
    }
    if (!colon_at_newline(P) || parse_block(P, &s->v.with.body, "'with' statement", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.with.body);
    return s;
}

static KrStmt *parse_try(Parser *P) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_Try, tok_loc(P, t));
    if (!s || !colon_forced(P) || parse_block(P, &s->v.try_.body, "'try' statement", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.try_.body);
    int cap = 0;
    bool seen_plain = false, seen_star = false;
    while (kind(P) == KR_TOK_EXCEPT) {
        KrToken *e = advance(P);
        KrToken *st = tok(P);
        bool star = accept(P, KR_TOK_STAR);
        if (star ? seen_plain : seen_star) {
            // The range covers `except*` when the star is there.
            const char *msg = "cannot have both 'except' and 'except*' on the same 'try'";
            return star ? err_range(P, NULL, e->lineno, e->col, st->end_lineno, st->end_col, "%s", msg)
                        : err_tok(P, e, msg);
        }
        seen_plain |= !star;
        seen_star |= star;
        KrExceptHandler *h = palloc(P, sizeof(KrExceptHandler));
        if (!h) {
            return NULL;
        }
        if (star && kind(P) == KR_TOK_COLON) {
            return err_tok(P, tok(P), "expected one or more exception types");
        }
        if (kind(P) != KR_TOK_COLON) {
            if (star && kind(P) == KR_TOK_NEWLINE) {
                return err_tok(P, tok(P), "expected one or more exception types");
            }
            if (kind(P) == KR_TOK_NEWLINE) {
                return err_expected(P, ":");
            }
            KrExpr *type = parse_expression(P);
            if (!type) {
                return NULL;
            }
            if (kind(P) == KR_TOK_COMMA) {
                int save = P->pos;
                advance(P);
                KrExpr *more = parse_expression(P);
                if (more && (kind(P) == KR_TOK_COLON || kind(P) == KR_TOK_AS || kind(P) == KR_TOK_COMMA)) {
                    KrLoc l = loc_span(type->loc, more->loc);
                    return err_node(P, &l, "multiple exception types must be parenthesized");
                }
                if (!recover(P)) {
                    return NULL;
                }
                P->pos = save;
            }
            h->type = type;
            if (accept(P, KR_TOK_AS)) {
                KrToken *n = tok(P);
                if (n->kind != KR_TOK_NAME) {
                    return err_invalid(P);
                }
                advance(P);
                if (!(h->name = tok_str(P, n))) {
                    return NULL;
                }
            }
        }
        if (!colon_at_newline(P) ||
            parse_block(P, &h->body, star ? "'except*' statement" : "'except' statement", e->lineno) < 0) {
            return NULL;
        }
        h->loc = end_of_body(tok_loc(P, e), &h->body);
        if (SEQ_PUSH(P, s->v.try_.handlers, cap, h) < 0) {
            return NULL;
        }
        s->loc = loc_span(s->loc, h->loc);
    }
    s->v.try_.is_star = seen_star;
    if (s->v.try_.handlers.n > 0 && parse_else(P, s, &s->v.try_.orelse) < 0) {
        return NULL;
    }
    if (kind(P) == KR_TOK_FINALLY) {
        KrToken *f = advance(P);
        if (!colon_forced(P) || parse_block(P, &s->v.try_.finalbody, "'finally' statement", f->lineno) < 0) {
            return NULL;
        }
        s->loc = end_of_body(s->loc, &s->v.try_.finalbody);
    } else if (s->v.try_.handlers.n == 0) {
        KrToken *t = tok(P);
        if ((t->kind == KR_TOK_DEDENT || t->kind == KR_TOK_ENDMARKER) && t->start >= (int)P->lx->len && !P->fstring) {
            // CPython places an error at the end of the input after the last
            // character of the last line (not on a line after it).
            int line = 1, line_start = 0, n = (int)P->lx->len;
            for (int i = 0; i < n - 1; i++) {
                if (P->src[i] == '\n') {
                    line++;
                    line_start = i + 1;
                }
            }
            int col = n - line_start - (n > 0 && P->src[n - 1] == '\n' ? 1 : 0);
            return err_range(P, NULL, line, col, line, KR_END_NONE, "expected 'except' or 'finally' block");
        }
        return err_tok(P, t, "expected 'except' or 'finally' block");
    }
    return s;
}

static KrStmt *parse_funcdef(Parser *P, KrToken *async, KrExprSeq decorators) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_FunctionDef, tok_loc(P, async ? async : t));
    if (!s) {
        return NULL;
    }
    s->v.funcdef.is_async = async != NULL;
    s->v.funcdef.decorators = decorators;
    KrToken *name = tok(P);
    if (name->kind != KR_TOK_NAME) {
        return err_invalid(P);
    }
    advance(P);
    if (!(s->v.funcdef.name = tok_str(P, name))) {
        return NULL;
    }
    if (!accept(P, KR_TOK_LPAR)) {
        return err_expected(P, "(");
    }
    if (!(s->v.funcdef.args = parse_params(P, false, KR_TOK_RPAR))) {
        return NULL;
    }
    if (!accept(P, KR_TOK_RPAR)) {
        return err_invalid(P);
    }
    if (kind(P) == KR_TOK_RARROW && !starts_expression(kind_at(P, P->pos + 1)) &&
        kind_at(P, P->pos + 1) != KR_TOK_ERRORTOKEN) {
        // "-> :": CPython drops the optional annotation and wants the colon at '->'.
        return err_expected(P, ":");
    }
    if (accept(P, KR_TOK_RARROW) && !(s->v.funcdef.returns = parse_expression(P))) {
        return NULL;
    }
    if (!colon_forced(P) || parse_block(P, &s->v.funcdef.body, "function definition", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.funcdef.body);
    return s;
}

static KrStmt *parse_classdef(Parser *P, KrExprSeq decorators) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_ClassDef, tok_loc(P, t));
    if (!s) {
        return NULL;
    }
    s->v.classdef.decorators = decorators;
    KrToken *name = tok(P);
    if (name->kind != KR_TOK_NAME) {
        return err_invalid(P);
    }
    advance(P);
    if (!(s->v.classdef.name = tok_str(P, name))) {
        return NULL;
    }
    P->class_args = kind(P) == KR_TOK_LPAR;
    if (accept(P, KR_TOK_LPAR) &&
        parse_call_args(P, &s->v.classdef.bases, &s->v.classdef.keywords, KR_TOK_RPAR) < 0) {
        return NULL;
    }
    if (!colon_at_newline(P) || parse_block(P, &s->v.classdef.body, "class definition", t->lineno) < 0) {
        return NULL;
    }
    s->loc = end_of_body(s->loc, &s->v.classdef.body);
    return s;
}

static KrStmt *parse_decorated(Parser *P) {
    KrExprSeq decorators = {0, NULL};
    int cap = 0;
    while (accept(P, KR_TOK_AT)) {
        KrExpr *d = parse_named_expression(P);
        if (!d || SEQ_PUSH(P, decorators, cap, d) < 0) {
            return NULL;
        }
        if (!accept(P, KR_TOK_NEWLINE)) {
            return err_invalid(P);
        }
    }
    if (kind(P) == KR_TOK_DEF) {
        return parse_funcdef(P, NULL, decorators);
    }
    if (kind(P) == KR_TOK_CLASS) {
        return parse_classdef(P, decorators);
    }
    if (kind(P) == KR_TOK_ASYNC && kind_at(P, P->pos + 1) == KR_TOK_DEF) {
        KrToken *a = advance(P);
        return parse_funcdef(P, a, decorators);
    }
    return err_invalid(P);
}

int parse_statement(Parser *P, KrStmtSeq *out, int *cap) {
    KrStmt *s;
    KrExprSeq none = {0, NULL};
    if (!enter(P)) {
        return -1;
    }
    switch (kind(P)) {
    case KR_TOK_IF: s = parse_if(P, false); break;
    case KR_TOK_WHILE: s = parse_while(P); break;
    case KR_TOK_FOR: s = parse_for(P, NULL); break;
    case KR_TOK_WITH: s = parse_with(P, NULL); break;
    case KR_TOK_TRY: s = parse_try(P); break;
    case KR_TOK_DEF: s = parse_funcdef(P, NULL, none); break;
    case KR_TOK_CLASS: s = parse_classdef(P, none); break;
    case KR_TOK_AT: s = parse_decorated(P); break;
    case KR_TOK_ASYNC: {
        KrToken *a = advance(P);
        switch (kind(P)) {
        case KR_TOK_DEF: s = parse_funcdef(P, a, none); break;
        case KR_TOK_FOR: s = parse_for(P, a); break;
        case KR_TOK_WITH: s = parse_with(P, a); break;
        default: s = err_invalid(P); break;
        }
        break;
    }
    default:
        if (kind(P) == KR_TOK_NAME && is_name(P, "match") && looks_like_match(P)) {
            if (parse_match(P, &s) < 0) {
                s = NULL;
            }
            break;
        }
        if (kind(P) == KR_TOK_NAME && is_name(P, "match") && match_without_colon(P)) {
            leave(P);
            return -1;
        }
        leave(P);
        return parse_simple_stmts(P, out, cap);
    }
    leave(P);
    if (!s || SEQ_PUSH(P, *out, *cap, s) < 0) {
        if (!failed(P)) {
            err_invalid(P);
        }
        return -1;
    }
    return 0;
}
