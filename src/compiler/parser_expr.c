// SPDX-License-Identifier: MIT
// The expression half of the recursive-descent parser, with CPython's error messages.
#include <string.h>

#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../vm/vm.h"
#include "parser.h"

static KrExpr *parse_factor(Parser *P);
static KrExpr *parse_primary(Parser *P);
static KrExpr *parse_atom(Parser *P);

static KrExpr *expr_at(Parser *P, KrExprKind k, KrLoc start) {
    return new_expr(P, k, loc_to_prev(P, start));
}

bool starts_expression(int k) {
    switch (k) {
    case KR_TOK_NAME: case KR_TOK_NUMBER: case KR_TOK_STRING: case KR_TOK_LPAR: case KR_TOK_LSQB:
    case KR_TOK_LBRACE: case KR_TOK_MINUS: case KR_TOK_PLUS: case KR_TOK_TILDE: case KR_TOK_NOT:
    case KR_TOK_LAMBDA: case KR_TOK_AWAIT: case KR_TOK_NONE: case KR_TOK_TRUE: case KR_TOK_FALSE:
    case KR_TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

// ---- target validation

const char *expr_name(KrExpr *e) {
    switch (e->kind) {
    case KR_EXPR_Attribute: return "attribute";
    case KR_EXPR_Subscript: return "subscript";
    case KR_EXPR_Starred: return "starred";
    case KR_EXPR_Name: return "name";
    case KR_EXPR_List: return "list";
    case KR_EXPR_Tuple: return "tuple";
    case KR_EXPR_Lambda: return "lambda";
    case KR_EXPR_Call: return "function call";
    case KR_EXPR_BoolOp: case KR_EXPR_BinOp: case KR_EXPR_UnaryOp: return "expression";
    case KR_EXPR_GeneratorExp: return "generator expression";
    case KR_EXPR_Yield: case KR_EXPR_YieldFrom: return "yield expression";
    case KR_EXPR_Await: return "await expression";
    case KR_EXPR_ListComp: return "list comprehension";
    case KR_EXPR_SetComp: return "set comprehension";
    case KR_EXPR_DictComp: return "dict comprehension";
    case KR_EXPR_Dict: return "dict literal";
    case KR_EXPR_Set: return "set display";
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue: return "f-string expression";
    case KR_EXPR_Constant: {
        KrObject *v = e->v.constant.value;
        if (v == KR_NONE) return "None";
        if (v == KR_TRUE) return "True";
        if (v == KR_FALSE) return "False";
        if (v == KR_ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case KR_EXPR_Compare: return "comparison";
    case KR_EXPR_IfExp: return "conditional expression";
    case KR_EXPR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

KrExpr *invalid_target(KrExpr *e, KrExprContext ctx) {
    switch (e->kind) {
    case KR_EXPR_Name: case KR_EXPR_Attribute: case KR_EXPR_Subscript:
        return NULL;
    case KR_EXPR_Starred:
        return ctx == KR_CTX_DEL ? e : invalid_target(e->v.starred.value, ctx);
    case KR_EXPR_Tuple: case KR_EXPR_List:
        for (int i = 0; i < e->v.list.elts.n; i++) {
            KrExpr *bad = invalid_target(e->v.list.elts.items[i], ctx);
            if (bad) {
                return bad;
            }
        }
        return NULL;
    default:
        return e;
    }
}

int set_context(Parser *P, KrExpr *e, KrExprContext ctx) {
    KrExpr *bad = invalid_target(e, ctx);
    if (bad) {
        err_node(P, &bad->loc, ctx == KR_CTX_DEL ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
        return -1;
    }
    switch (e->kind) {
    case KR_EXPR_Name: e->v.name.ctx = ctx; break;
    case KR_EXPR_Attribute: e->v.attribute.ctx = ctx; break;
    case KR_EXPR_Subscript: e->v.subscript.ctx = ctx; break;
    case KR_EXPR_Starred:
        e->v.starred.ctx = ctx;
        return set_context(P, e->v.starred.value, ctx);
    case KR_EXPR_Tuple: case KR_EXPR_List:
        e->v.list.ctx = ctx;
        for (int i = 0; i < e->v.list.elts.n; i++) {
            set_context(P, e->v.list.elts.items[i], ctx);
        }
        break;
    default: break;
    }
    return 0;
}

// ---- comprehensions

static int parse_comp_fors(Parser *P, KrComprehensionSeq *gens) {
    int cap = 0;
    while (kind(P) == KR_TOK_FOR || (kind(P) == KR_TOK_ASYNC && kind_at(P, P->pos + 1) == KR_TOK_FOR)) {
        KrComprehension *c = palloc(P, sizeof(KrComprehension));
        if (!c) {
            return -1;
        }
        c->is_async = accept(P, KR_TOK_ASYNC);
        advance(P);
        if (!(c->target = parse_star_targets(P))) {
            return -1;
        }
        if (!accept(P, KR_TOK_IN)) {
            err_invalid(P);
            return -1;
        }
        if (!(c->iter = parse_disjunction(P))) {
            return -1;
        }
        int icap = 0;
        while (accept(P, KR_TOK_IF)) {
            KrExpr *cond = parse_disjunction(P);
            if (!cond || SEQ_PUSH(P, c->ifs, icap, cond) < 0) {
                return -1;
            }
        }
        if (SEQ_PUSH(P, *gens, cap, c) < 0) {
            return -1;
        }
    }
    return 0;
}

// elt is the element already parsed; the current token is 'for' / 'async'.
static KrExpr *comprehension(Parser *P, KrExprKind k, KrExpr *elt, KrExpr *value, KrLoc start) {
    if (elt->kind == KR_EXPR_Starred) {
        return err_node(P, &elt->loc, "iterable unpacking cannot be used in comprehension");
    }
    KrComprehensionSeq gens = {0, NULL};
    if (parse_comp_fors(P, &gens) < 0) {
        return NULL;
    }
    KrExpr *e = new_expr(P, k, start);
    if (!e) {
        return NULL;
    }
    if (k == KR_EXPR_DictComp) {
        e->v.dictcomp.key = elt;
        e->v.dictcomp.value = value;
        e->v.dictcomp.generators = gens;
    } else {
        e->v.listcomp.elt = elt;
        e->v.listcomp.generators = gens;
    }
    return e;
}

// ---- atoms

static KrExpr *keyword_constant(Parser *P, KrObject *v) {
    KrToken *t = advance(P);
    KR_INCREF(v);
    return new_constant(P, v, loc_of(P, t, t));
}

static KrExpr *finish_seq(Parser *P, KrExprKind k, KrExprSeq elts, KrToken *open) {
    KrExpr *e = new_expr(P, k, loc_of(P, open, tok_at(P, P->pos - 1)));
    if (e) {
        e->v.list.elts = elts;
        e->v.list.ctx = KR_CTX_LOAD;
    }
    return e;
}

static bool at_for(Parser *P) {
    return kind(P) == KR_TOK_FOR || (kind(P) == KR_TOK_ASYNC && kind_at(P, P->pos + 1) == KR_TOK_FOR);
}

// Elements after the first of a display, up to the closing bracket (not consumed).
// In a list or set display (comp), `[a, b for ...]` is CPython's
// invalid_comprehension: a tuple target missing its parentheses.
static int seq_rest(Parser *P, KrExprSeq *elts, int *cap, int close, bool comp) {
    static const char msg[] = "did you forget parentheses around the comprehension target?";
    while (kind(P) == KR_TOK_COMMA) {
        KrToken *comma = advance(P);
        if (kind(P) == close) {
            break;
        }
        if (comp && at_for(P) && !P->no_invalid) {
            KrLoc l = loc_span(elts->items[0]->loc, loc_of(P, comma, comma));
            err_node(P, &l, msg);
            return -1;
        }
        KrExpr *e = parse_star_named_expression(P);
        if (!e || SEQ_PUSH(P, *elts, *cap, e) < 0) {
            return -1;
        }
    }
    if (comp && elts->n > 1 && at_for(P) && !P->no_invalid) {
        KrLoc l = loc_span(elts->items[0]->loc, elts->items[elts->n - 1]->loc);
        err_node(P, &l, msg);
        return -1;
    }
    return 0;
}

static bool expect_close(Parser *P, int close) {
    if (accept(P, close)) {
        return true;
    }
    err_invalid(P);
    return false;
}

static KrExpr *paren_atom(Parser *P) {
    KrToken *open = advance(P);
    if (accept(P, KR_TOK_RPAR)) {
        KrExprSeq none = {0, NULL};
        return finish_seq(P, KR_EXPR_Tuple, none, open);
    }
    if (kind(P) == KR_TOK_YIELD) {
        KrExpr *y = parse_yield_expr(P);
        return y && expect_close(P, KR_TOK_RPAR) ? y : NULL;
    }
    KrExpr *first = parse_star_named_expression(P);
    if (!first) {
        return NULL;
    }
    if (kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) {
        KrExpr *g = comprehension(P, KR_EXPR_GeneratorExp, first, NULL, loc_of(P, open, open));
        if (!g || !expect_close(P, KR_TOK_RPAR)) {
            return NULL;
        }
        g->loc = loc_to_prev(P, g->loc);
        return g;
    }
    if (kind(P) == KR_TOK_COMMA) {
        KrExprSeq elts = {0, NULL};
        int cap = 0;
        if (SEQ_PUSH(P, elts, cap, first) < 0 || seq_rest(P, &elts, &cap, KR_TOK_RPAR, false) < 0 ||
            !expect_close(P, KR_TOK_RPAR)) {
            return NULL;
        }
        return finish_seq(P, KR_EXPR_Tuple, elts, open);
    }
    if (!expect_close(P, KR_TOK_RPAR)) {
        return NULL;
    }
    if (first->kind == KR_EXPR_Starred) {
        return err_node(P, &first->loc, "cannot use starred expression here");
    }
    return first;
}

static KrExpr *list_atom(Parser *P) {
    KrToken *open = advance(P);
    KrExprSeq elts = {0, NULL};
    int cap = 0;
    if (kind(P) != KR_TOK_RSQB) {
        KrExpr *first = parse_star_named_expression(P);
        if (!first) {
            return NULL;
        }
        if (kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) {
            KrExpr *c = comprehension(P, KR_EXPR_ListComp, first, NULL, loc_of(P, open, open));
            if (!c || !expect_close(P, KR_TOK_RSQB)) {
                return NULL;
            }
            c->loc = loc_to_prev(P, c->loc);
            return c;
        }
        if (SEQ_PUSH(P, elts, cap, first) < 0 || seq_rest(P, &elts, &cap, KR_TOK_RSQB, true) < 0) {
            return NULL;
        }
    }
    if (!expect_close(P, KR_TOK_RSQB)) {
        return NULL;
    }
    return finish_seq(P, KR_EXPR_List, elts, open);
}

static KrExpr *brace_atom(Parser *P) {
    KrToken *open = advance(P);
    KrLoc start = loc_of(P, open, open);
    KrExprSeq keys = {0, NULL}, values = {0, NULL};
    int kcap = 0, vcap = 0;
    if (accept(P, KR_TOK_RBRACE)) {
        return expr_at(P, KR_EXPR_Dict, start);
    }
    KrExpr *first = NULL;
    if (kind(P) != KR_TOK_DOUBLESTAR) {
        first = parse_star_named_expression(P);
        if (!first) {
            return NULL;
        }
        if (kind(P) != KR_TOK_COLON || first->kind == KR_EXPR_Starred) {
            // A set display or comprehension.
            if (kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) {
                KrExpr *c = comprehension(P, KR_EXPR_SetComp, first, NULL, start);
                if (!c || !expect_close(P, KR_TOK_RBRACE)) {
                    return NULL;
                }
                c->loc = loc_to_prev(P, c->loc);
                return c;
            }
            if (SEQ_PUSH(P, keys, kcap, first) < 0 || seq_rest(P, &keys, &kcap, KR_TOK_RBRACE, true) < 0 ||
                !expect_close(P, KR_TOK_RBRACE)) {
                return NULL;
            }
            KrExpr *s = expr_at(P, KR_EXPR_Set, start);
            if (s) {
                s->v.set.elts = keys;
            }
            return s;
        }
        KrToken *colon = advance(P);
        if (kind(P) == KR_TOK_RBRACE || kind(P) == KR_TOK_COMMA) {
            return err_node(P, &(KrLoc){colon->lineno, colon->col, colon->end_lineno, colon->end_col},
                            "expression expected after dictionary key and ':'");
        }
        KrExpr *v = parse_expression(P);
        if (!v) {
            return NULL;
        }
        if (kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) {
            KrExpr *c = comprehension(P, KR_EXPR_DictComp, first, v, start);
            if (!c || !expect_close(P, KR_TOK_RBRACE)) {
                return NULL;
            }
            c->loc = loc_to_prev(P, c->loc);
            return c;
        }
        if (SEQ_PUSH(P, keys, kcap, first) < 0 || SEQ_PUSH(P, values, vcap, v) < 0) {
            return NULL;
        }
        if (!accept(P, KR_TOK_COMMA)) {
            goto close;
        }
    }
    while (kind(P) != KR_TOK_RBRACE) {
        KrExpr *k = NULL, *v;
        if (kind(P) == KR_TOK_DOUBLESTAR) {
            KrToken *star = advance(P);
            v = parse_bitwise_or(P);
            if (v && !first && keys.n == 0 && at_for(P)) {
                return err_node(P, &(KrLoc){star->lineno, star->col, star->end_lineno, star->end_col},
                                "dict unpacking cannot be used in dict comprehension");
            }
        } else {
            // CPython's invalid_kvpair wins over a juxtaposition inside the key.
            P->no_invalid += keys.n > 0;
            k = parse_expression(P);
            P->no_invalid -= keys.n > 0;
            if (!k) {
                return NULL;
            }
            KrToken *colon = tok(P);
            if (!accept(P, KR_TOK_COLON)) {
                if (keys.n > 0 || kind(P) == KR_TOK_RBRACE || kind(P) == KR_TOK_COMMA) {
                    KrLoc l = {k->loc.end_lineno, k->loc.end_col_offset - 1, k->loc.end_lineno, KR_END_ZERO};
                    return err_node(P, &l, "':' expected after dictionary key");
                }
                return err_invalid(P);
            }
            if (kind(P) == KR_TOK_RBRACE || kind(P) == KR_TOK_COMMA) {
                return err_node(P, &(KrLoc){colon->lineno, colon->col, colon->end_lineno, colon->end_col},
                                "expression expected after dictionary key and ':'");
            }
            v = parse_expression(P);
        }
        if (!v || SEQ_PUSH(P, keys, kcap, k) < 0 || SEQ_PUSH(P, values, vcap, v) < 0) {
            return NULL;
        }
        if (!accept(P, KR_TOK_COMMA)) {
            break;
        }
    }
close:
    if (!expect_close(P, KR_TOK_RBRACE)) {
        return NULL;
    }
    KrExpr *d = expr_at(P, KR_EXPR_Dict, start);
    if (d) {
        d->v.dict.keys = keys;
        d->v.dict.values = values;
    }
    return d;
}

static KrExpr *parse_atom(Parser *P) {
    KrToken *t = tok(P);
    switch (t->kind) {
    case KR_TOK_NAME:
        advance(P);
        return new_name(P, t, KR_CTX_LOAD);
    case KR_TOK_NUMBER:
        advance(P);
        return parse_number(P, t);
    case KR_TOK_STRING:
        return parse_strings(P);
    case KR_TOK_NONE: return keyword_constant(P, KR_NONE);
    case KR_TOK_TRUE: return keyword_constant(P, KR_TRUE);
    case KR_TOK_FALSE: return keyword_constant(P, KR_FALSE);
    case KR_TOK_ELLIPSIS: return keyword_constant(P, KR_ELLIPSIS);
    case KR_TOK_LPAR: return paren_atom(P);
    case KR_TOK_LSQB: return list_atom(P);
    case KR_TOK_LBRACE: return brace_atom(P);
    default:
        return err_invalid(P);
    }
}

// ---- primaries

static KrExpr *parse_slice_item(Parser *P) {
    KrLoc start = loc_of(P, tok(P), tok(P));
    KrExpr *lower = NULL;
    if (kind(P) != KR_TOK_COLON) {
        if (kind(P) == KR_TOK_STAR) {
            return parse_star_named_expression(P);
        }
        lower = parse_named_expression(P);
        if (!lower || kind(P) != KR_TOK_COLON) {
            return lower;
        }
    }
    advance(P); // ':'
    KrExpr *upper = NULL, *step = NULL;
    int k = kind(P);
    if (k != KR_TOK_COLON && k != KR_TOK_RSQB && k != KR_TOK_COMMA) {
        if (!(upper = parse_expression(P))) {
            return NULL;
        }
    }
    if (accept(P, KR_TOK_COLON)) {
        k = kind(P);
        if (k != KR_TOK_RSQB && k != KR_TOK_COMMA && !(step = parse_expression(P))) {
            return NULL;
        }
    }
    KrExpr *s = expr_at(P, KR_EXPR_Slice, start);
    if (s) {
        s->v.slice.lower = lower;
        s->v.slice.upper = upper;
        s->v.slice.step = step;
    }
    return s;
}

KrExpr *parse_slices(Parser *P) {
    KrExpr *first = parse_slice_item(P);
    if (!first || (kind(P) != KR_TOK_COMMA && first->kind != KR_EXPR_Starred)) {
        return first;
    }
    KrExprSeq elts = {0, NULL};
    int cap = 0;
    if (SEQ_PUSH(P, elts, cap, first) < 0) {
        return NULL;
    }
    while (accept(P, KR_TOK_COMMA)) {
        if (kind(P) == KR_TOK_RSQB) {
            break;
        }
        KrExpr *e = parse_slice_item(P);
        if (!e || SEQ_PUSH(P, elts, cap, e) < 0) {
            return NULL;
        }
    }
    KrExpr *t = expr_at(P, KR_EXPR_Tuple, first->loc);
    if (t) {
        t->v.list.elts = elts;
    }
    return t;
}

int parse_call_args(Parser *P, KrExprSeq *args, KrKeywordSeq *kws, int close) {
    int acap = 0, kcap = 0;
    bool seen_kw = false, seen_dstar = false;
    KrExpr *genexp = NULL;
    int genexp_open = 0;
    bool class_args = P->class_args;
    P->class_args = false;
    while (kind(P) != close) {
        KrToken *t = tok(P);
        int arg_start = P->pos;
        if (t->kind == KR_TOK_STAR) {
            advance(P);
            KrExpr *v = parse_expression(P);
            if (!v) {
                return -1;
            }
            if (seen_dstar) {
                err_tok(P, t, "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            KrExpr *s = expr_at(P, KR_EXPR_Starred, loc_of(P, t, t));
            if (!s) {
                return -1;
            }
            if (kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) {
                err_node(P, &s->loc, "iterable unpacking cannot be used in comprehension");
                return -1;
            }
            s->v.starred.value = v;
            if (SEQ_PUSH(P, *args, acap, s) < 0) {
                return -1;
            }
        } else if (t->kind == KR_TOK_DOUBLESTAR ||
                   (t->kind == KR_TOK_NAME && kind_at(P, P->pos + 1) == KR_TOK_EQUAL)) {
            advance(P);
            const char *name = NULL;
            if (t->kind == KR_TOK_NAME) {
                advance(P);
                name = tok_str(P, t);
                seen_kw = true;
            } else {
                seen_dstar = true;
            }
            KrExpr *v = parse_expression(P);
            KrKeyword *k = palloc(P, sizeof(KrKeyword));
            if (!v || !k) {
                return -1;
            }
            k->arg = name;
            k->value = v;
            k->loc = loc_to_prev(P, loc_of(P, t, t));
            if (SEQ_PUSH(P, *kws, kcap, k) < 0) {
                return -1;
            }
        } else {
            KrExpr *v = t->kind == KR_TOK_NAME && kind_at(P, P->pos + 1) == KR_TOK_COLONEQUAL
                            ? parse_named_expression(P)
                            : parse_expression(P);
            if (!v) {
                return -1;
            }
            if (kind(P) == KR_TOK_EQUAL) {
                KrLoc l = loc_span(v->loc, loc_of(P, tok(P), tok(P)));
                int k = t->kind;
                if (P->pos == arg_start + 1 && (k == KR_TOK_TRUE || k == KR_TOK_FALSE || k == KR_TOK_NONE)) {
                    // CPython's invalid_kwarg: f(True=1).
                    err_node(P, &l, "cannot assign to %s", k == KR_TOK_TRUE ? "True" : k == KR_TOK_FALSE ? "False" : "None");
                    return -1;
                }
                err_node(P, &l, "expression cannot contain assignment, perhaps you meant \"==\"?");
                return -1;
            }
            if ((kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) && class_args && args->n == 0 && kws->n == 0) {
                // class C(x for x in y) is not a call: the grammar has no genexp there.
                err_invalid(P);
                return -1;
            }
            if (kind(P) == KR_TOK_FOR || kind(P) == KR_TOK_ASYNC) {
                KrExpr *g = comprehension(P, KR_EXPR_GeneratorExp, v, NULL, v->loc);
                if (!g) {
                    return -1;
                }
                g->loc = loc_to_prev(P, g->loc);
                if (args->n > 0 || kws->n > 0 || (kind(P) == KR_TOK_COMMA && kind_at(P, P->pos + 1) != close) ||
                    genexp) {
                    err_node(P, &g->loc, "Generator expression must be parenthesized");
                    return -1;
                }
                genexp = g;
                genexp_open = arg_start - 1;
                v = g;
            } else if (genexp) {
                err_node(P, &genexp->loc, "Generator expression must be parenthesized");
                return -1;
            }
            if (seen_dstar || seen_kw) {
                // CPython reports these at the token after the argument.
                err_tok(P, tok(P), seen_dstar ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument");
                return -1;
            }
            if (SEQ_PUSH(P, *args, acap, v) < 0) {
                return -1;
            }
        }
        if (!accept(P, KR_TOK_COMMA)) {
            break;
        }
        if (genexp && kind(P) != close) {
            err_node(P, &genexp->loc, "Generator expression must be parenthesized");
            return -1;
        }
    }
    if (!accept(P, close)) {
        err_invalid(P);
        return -1;
    }
    if (genexp) {
        // A lone generator argument spans the call's parentheses, as in CPython.
        genexp->loc = loc_span(loc_of(P, tok_at(P, genexp_open), tok_at(P, genexp_open)),
                               loc_of(P, tok_at(P, P->pos - 1), tok_at(P, P->pos - 1)));
    }
    return 0;
}

static KrExpr *parse_primary(Parser *P) {
    // Nodes built on the atom start at its first token, parentheses included (as CPython).
    KrToken *t0 = tok(P);
    KrLoc start = loc_of(P, t0, t0);
    KrExpr *e = parse_atom(P);
    while (e) {
        int k = kind(P);
        if (k == KR_TOK_DOT) {
            advance(P);
            KrToken *name = tok(P);
            if (name->kind != KR_TOK_NAME) {
                return err_invalid(P);
            }
            advance(P);
            KrExpr *a = expr_at(P, KR_EXPR_Attribute, start);
            if (!a || !(a->v.attribute.attr = tok_str(P, name))) {
                return NULL;
            }
            a->v.attribute.value = e;
            e = a;
        } else if (k == KR_TOK_LPAR) {
            advance(P);
            KrExpr *c = new_expr(P, KR_EXPR_Call, start);
            if (!c || parse_call_args(P, &c->v.call.args, &c->v.call.keywords, KR_TOK_RPAR) < 0) {
                return NULL;
            }
            c->loc = loc_to_prev(P, start);
            c->v.call.func = e;
            e = c;
        } else if (k == KR_TOK_LSQB) {
            advance(P);
            KrExpr *s = parse_slices(P);
            if (!s || !expect_close(P, KR_TOK_RSQB)) {
                return NULL;
            }
            KrExpr *sub = expr_at(P, KR_EXPR_Subscript, start);
            if (!sub) {
                return NULL;
            }
            sub->v.subscript.value = e;
            sub->v.subscript.slice = s;
            e = sub;
        } else {
            break;
        }
    }
    return e;
}

// ---- operators

static KrExpr *parse_power(Parser *P) {
    KrToken *t = tok(P);
    KrLoc start = loc_of(P, t, t);
    KrExpr *e;
    if (t->kind == KR_TOK_AWAIT) {
        advance(P);
        KrExpr *v = parse_primary(P);
        if (!v || !(e = expr_at(P, KR_EXPR_Await, loc_of(P, t, t)))) {
            return NULL;
        }
        e->v.await_.value = v;
    } else {
        e = parse_primary(P);
    }
    if (e && accept(P, KR_TOK_DOUBLESTAR)) {
        if (!enter(P)) {
            return NULL;
        }
        KrExpr *r = parse_factor(P);
        leave(P);
        KrExpr *b = r ? expr_at(P, KR_EXPR_BinOp, start) : NULL;
        if (!b) {
            return NULL;
        }
        b->v.binop.left = e;
        b->v.binop.op = KR_BINOP_POWER;
        b->v.binop.right = r;
        e = b;
    }
    return e;
}

static KrExpr *parse_factor(Parser *P) {
    KrToken *t = tok(P);
    KrUnaryOp op;
    switch (t->kind) {
    case KR_TOK_PLUS: op = KR_UNARY_UADD; break;
    case KR_TOK_MINUS: op = KR_UNARY_USUB; break;
    case KR_TOK_TILDE: op = KR_UNARY_INVERT; break;
    default: return parse_power(P);
    }
    if (!enter(P)) {
        return NULL;
    }
    advance(P);
    KrExpr *v = parse_factor(P);
    leave(P);
    KrExpr *e = v ? expr_at(P, KR_EXPR_UnaryOp, loc_of(P, t, t)) : NULL;
    if (e) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = v;
    }
    return e;
}

// Binary operator precedence (higher binds tighter); 0: not a binary operator.
static int binop_prec(int k, int *op) {
    switch (k) {
    case KR_TOK_VBAR: *op = KR_BINOP_OR; return 1;
    case KR_TOK_CIRCUMFLEX: *op = KR_BINOP_XOR; return 2;
    case KR_TOK_AMPER: *op = KR_BINOP_AND; return 3;
    case KR_TOK_LEFTSHIFT: *op = KR_BINOP_LSHIFT; return 4;
    case KR_TOK_RIGHTSHIFT: *op = KR_BINOP_RSHIFT; return 4;
    case KR_TOK_PLUS: *op = KR_BINOP_ADD; return 5;
    case KR_TOK_MINUS: *op = KR_BINOP_SUBTRACT; return 5;
    case KR_TOK_STAR: *op = KR_BINOP_MULTIPLY; return 6;
    case KR_TOK_SLASH: *op = KR_BINOP_TRUE_DIVIDE; return 6;
    case KR_TOK_DOUBLESLASH: *op = KR_BINOP_FLOOR_DIVIDE; return 6;
    case KR_TOK_PERCENT: *op = KR_BINOP_REMAINDER; return 6;
    case KR_TOK_AT: *op = KR_BINOP_MATRIX_MULTIPLY; return 6;
    default: return 0;
    }
}

// Precedence climbing over | ^ & << >> + - * / // % @ (all left-associative).
static KrExpr *parse_binary(Parser *P, int minp) {
    KrToken *t0 = tok(P);
    KrLoc start = loc_of(P, t0, t0);
    KrExpr *left = parse_factor(P);
    while (left) {
        int op;
        int prec = binop_prec(kind(P), &op);
        if (prec == 0 || prec < minp) {
            break;
        }
        advance(P);
        KrExpr *right = parse_binary(P, prec + 1);
        KrExpr *b = right ? expr_at(P, KR_EXPR_BinOp, start) : NULL;
        if (!b) {
            return NULL;
        }
        b->v.binop.left = left;
        b->v.binop.op = op;
        b->v.binop.right = right;
        left = b;
    }
    return left;
}

KrExpr *parse_bitwise_or(Parser *P) {
    return parse_binary(P, 1);
}

static int compare_op(Parser *P) {
    switch (kind(P)) {
    case KR_TOK_EQEQUAL: advance(P); return KR_EQ;
    case KR_TOK_NOTEQUAL: advance(P); return KR_NE;
    case KR_TOK_LESS: advance(P); return KR_LT;
    case KR_TOK_LESSEQUAL: advance(P); return KR_LE;
    case KR_TOK_GREATER: advance(P); return KR_GT;
    case KR_TOK_GREATEREQUAL: advance(P); return KR_GE;
    case KR_TOK_IN: advance(P); return KR_CMP_IN;
    case KR_TOK_NOT:
        if (kind_at(P, P->pos + 1) == KR_TOK_IN) {
            P->pos += 2;
            return KR_CMP_NOT_IN;
        }
        // An operand then 'not' without 'in' can't parse: CPython's parser
        // has read the token after 'not' and reports it.
        if (P->invalid_at < P->pos + 1) {
            P->invalid_at = P->pos + 1;
        }
        return -1;
    case KR_TOK_IS:
        advance(P);
        return accept(P, KR_TOK_NOT) ? KR_CMP_IS_NOT : KR_CMP_IS;
    default:
        return -1;
    }
}

static KrExpr *parse_comparison(Parser *P) {
    KrToken *t0 = tok(P);
    KrLoc start = loc_of(P, t0, t0);
    KrExpr *left = parse_bitwise_or(P);
    if (!left) {
        return NULL;
    }
    KrExpr *c = NULL;
    int ocap = 0, ccap = 0;
    for (;;) {
        int op = compare_op(P);
        if (op < 0) {
            break;
        }
        KrExpr *right = parse_bitwise_or(P);
        if (!right) {
            return NULL;
        }
        if (!c) {
            if (!(c = new_expr(P, KR_EXPR_Compare, start))) {
                return NULL;
            }
            c->v.compare.left = left;
        }
        if (SEQ_PUSH(P, c->v.compare.ops, ocap, op) < 0 || SEQ_PUSH(P, c->v.compare.comparators, ccap, right) < 0) {
            return NULL;
        }
        c->loc = loc_to_prev(P, start);
    }
    return c ? c : left;
}

static KrExpr *parse_inversion(Parser *P) {
    KrToken *t = tok(P);
    if (t->kind != KR_TOK_NOT) {
        return parse_comparison(P);
    }
    if (!enter(P)) {
        return NULL;
    }
    advance(P);
    KrExpr *v = parse_inversion(P);
    leave(P);
    KrExpr *e = v ? expr_at(P, KR_EXPR_UnaryOp, loc_of(P, t, t)) : NULL;
    if (e) {
        e->v.unaryop.op = KR_UNARY_NOT;
        e->v.unaryop.operand = v;
    }
    return e;
}

static KrExpr *parse_boolop(Parser *P, int tokkind) {
    KrToken *t0 = tok(P);
    KrLoc start = loc_of(P, t0, t0);
    KrExpr *first = tokkind == KR_TOK_OR ? parse_boolop(P, KR_TOK_AND) : parse_inversion(P);
    if (!first || kind(P) != tokkind) {
        return first;
    }
    KrExpr *e = new_expr(P, KR_EXPR_BoolOp, start);
    int cap = 0;
    if (!e || SEQ_PUSH(P, e->v.boolop.values, cap, first) < 0) {
        return NULL;
    }
    e->v.boolop.op = tokkind == KR_TOK_OR ? KR_BOOL_OR : KR_BOOL_AND;
    while (accept(P, tokkind)) {
        KrExpr *v = tokkind == KR_TOK_OR ? parse_boolop(P, KR_TOK_AND) : parse_inversion(P);
        if (!v || SEQ_PUSH(P, e->v.boolop.values, cap, v) < 0) {
            return NULL;
        }
    }
    e->loc = loc_to_prev(P, start);
    return e;
}

KrExpr *parse_disjunction(Parser *P) {
    return parse_boolop(P, KR_TOK_OR);
}

// ---- expression, lambda, yield

static KrExpr *parse_lambda(Parser *P) {
    KrToken *t = advance(P);
    KrArguments *args = parse_params(P, true, KR_TOK_COLON);
    if (!args) {
        return NULL;
    }
    if (!accept(P, KR_TOK_COLON)) {
        return err_invalid(P);
    }
    if (!enter(P)) {
        return NULL;
    }
    KrExpr *body = parse_expression(P);
    leave(P);
    KrExpr *e = body ? expr_at(P, KR_EXPR_Lambda, loc_of(P, t, t)) : NULL;
    if (e) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}

// CPython's invalid_expression: two expressions side by side.
static KrExpr *check_juxtaposed(Parser *P, KrExpr *a, int a_start) {
    if (P->no_invalid) {
        return a;
    }
    int k = kind(P);
    if (!(starts_expression(k) && k != KR_TOK_LPAR && k != KR_TOK_LSQB && k != KR_TOK_MINUS && k != KR_TOK_PLUS)) {
        return a;
    }
    KrToken *first = tok_at(P, a_start);
    bool legacy = a->kind == KR_EXPR_Name && (strcmp(a->v.name.id, "print") == 0 || strcmp(a->v.name.id, "exec") == 0);
    if (!legacy) {
        if ((first->kind == KR_TOK_NAME && kind_at(P, a_start + 1) == KR_TOK_STRING) || tok_is(P, first, "match") ||
            tok_is(P, first, "case") || tok_is(P, first, "_")) {
            return a;
        }
    }
    int save = P->pos;
    // The second expression is parsed without this check (CPython's
    // expression_without_invalid), so `f(1 2 3)` blames `1 2`.
    P->no_invalid++;
    KrExpr *b = legacy ? parse_star_expressions(P) : parse_expression(P);
    P->no_invalid--;
    if (b && !legacy && tok_at(P, save)->level == 0) {
        // CPython reads `b` before rejecting the rule outside brackets, which
        // matters only for how far the parser got (see unclosed_wins).
        P->pos = save;
        return a;
    }
    if (!b) {
        if (!recover(P)) {
            return NULL;
        }
        P->pos = save;
        return a;
    }
    KrLoc l = loc_span(a->loc, b->loc);
    if (legacy) {
        return err_node(P, &l, "Missing parentheses in call to '%s'. Did you mean %s(...)?", a->v.name.id,
                        a->v.name.id);
    }
    return err_node(P, &l, "invalid syntax. Perhaps you forgot a comma?");
}

KrExpr *parse_expression(Parser *P) {
    if (kind(P) == KR_TOK_LAMBDA) {
        return parse_lambda(P);
    }
    if (!enter(P)) {
        return NULL;
    }
    int start = P->pos;
    KrExpr *e = parse_disjunction(P);
    if (e && kind(P) == KR_TOK_IF) {
        advance(P);
        KrExpr *test = parse_disjunction(P);
        if (!test) {
            leave(P);
            return NULL;
        }
        if (!accept(P, KR_TOK_ELSE)) {
            leave(P);
            KrLoc l = loc_span(e->loc, test->loc);
            return err_node(P, &l, "expected 'else' after 'if' expression");
        }
        KrExpr *orelse = parse_expression(P);
        KrToken *t0 = tok_at(P, start);
        KrExpr *x = orelse ? expr_at(P, KR_EXPR_IfExp, loc_of(P, t0, t0)) : NULL;
        if (x) {
            x->v.ifexp.test = test;
            x->v.ifexp.body = e;
            x->v.ifexp.orelse = orelse;
        }
        e = x;
    } else if (e) {
        e = check_juxtaposed(P, e, start);
    }
    leave(P);
    return e;
}

KrExpr *parse_named_expression(Parser *P) {
    KrToken *t = tok(P);
    if (t->kind == KR_TOK_NAME && kind_at(P, P->pos + 1) == KR_TOK_COLONEQUAL) {
        P->pos += 2;
        KrExpr *target = new_name(P, t, KR_CTX_STORE);
        KrExpr *value = target ? parse_expression(P) : NULL;
        KrExpr *e = value ? expr_at(P, KR_EXPR_NamedExpr, target->loc) : NULL;
        if (e) {
            e->v.namedexpr.target = target;
            e->v.namedexpr.value = value;
        }
        return e;
    }
    KrExpr *e = parse_expression(P);
    if (!e) {
        return NULL;
    }
    if (kind(P) == KR_TOK_COLONEQUAL) {
        return err_node(P, &e->loc, "cannot use assignment expressions with %s", expr_name(e));
    }
    if (kind(P) == KR_TOK_EQUAL && kind_at(P, P->pos + 1) != KR_TOK_EQUAL) {
        // CPython's invalid_named_expression: '=' where '==' was probably meant.
        int save = P->pos;
        advance(P);
        KrExpr *b = parse_bitwise_or(P);
        if (!b || kind(P) == KR_TOK_EQUAL || kind(P) == KR_TOK_COLONEQUAL) {
            if (!recover(P)) {
                return NULL;
            }
            P->pos = save;
            return e;
        }
        if (e->kind == KR_EXPR_Name) {
            KrLoc l = loc_span(e->loc, b->loc);
            return err_node(P, &l, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        bool excluded = e->kind == KR_EXPR_List || e->kind == KR_EXPR_Tuple || e->kind == KR_EXPR_GeneratorExp ||
                        (e->kind == KR_EXPR_Constant &&
                         (e->v.constant.value == KR_TRUE || e->v.constant.value == KR_FALSE ||
                          e->v.constant.value == KR_NONE)) ||
                        e->kind == KR_EXPR_BoolOp || e->kind == KR_EXPR_Compare || e->kind == KR_EXPR_IfExp ||
                        e->kind == KR_EXPR_Lambda ||
                        (e->kind == KR_EXPR_UnaryOp && e->v.unaryop.op == KR_UNARY_NOT);
        if (!excluded) {
            return err_node(P, &e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                            expr_name(e));
        }
        P->pos = save;
    }
    return e;
}

KrExpr *parse_star_named_expression(Parser *P) {
    KrToken *t = tok(P);
    if (t->kind == KR_TOK_STAR) {
        advance(P);
        KrExpr *v = parse_bitwise_or(P);
        KrExpr *e = v ? expr_at(P, KR_EXPR_Starred, loc_of(P, t, t)) : NULL;
        if (e) {
            e->v.starred.value = v;
        }
        return e;
    }
    return parse_named_expression(P);
}

// star_expressions: 'a', 'a, b', '*a, b' (a Tuple when there is a comma).
KrExpr *parse_star_expressions(Parser *P) {
    KrToken *t = tok(P);
    KrExpr *first;
    if (t->kind == KR_TOK_STAR) {
        advance(P);
        KrExpr *v = parse_bitwise_or(P);
        first = v ? expr_at(P, KR_EXPR_Starred, loc_of(P, t, t)) : NULL;
        if (first) {
            first->v.starred.value = v;
        }
    } else {
        first = parse_expression(P);
    }
    if (!first || kind(P) != KR_TOK_COMMA) {
        return first;
    }
    KrExprSeq elts = {0, NULL};
    int cap = 0;
    if (SEQ_PUSH(P, elts, cap, first) < 0) {
        return NULL;
    }
    while (accept(P, KR_TOK_COMMA)) {
        int k = kind(P);
        if (!(starts_expression(k) || k == KR_TOK_STAR)) {
            break;
        }
        KrToken *s = tok(P);
        KrExpr *e;
        if (s->kind == KR_TOK_STAR) {
            advance(P);
            KrExpr *v = parse_bitwise_or(P);
            e = v ? expr_at(P, KR_EXPR_Starred, loc_of(P, s, s)) : NULL;
            if (e) {
                e->v.starred.value = v;
            }
        } else {
            e = parse_expression(P);
        }
        if (!e || SEQ_PUSH(P, elts, cap, e) < 0) {
            return NULL;
        }
    }
    KrExpr *tup = expr_at(P, KR_EXPR_Tuple, loc_of(P, t, t));
    if (tup) {
        tup->v.list.elts = elts;
    }
    return tup;
}

// Targets of for loops and comprehensions: stop before 'in'.
KrExpr *parse_star_targets(Parser *P) {
    KrExprSeq elts = {0, NULL};
    int cap = 0;
    bool comma = false;
    KrExpr *first = NULL;
    KrToken *t0 = tok(P);
    for (;;) {
        KrToken *s = tok(P);
        KrExpr *e;
        if (s->kind == KR_TOK_STAR) {
            advance(P);
            KrExpr *v = parse_bitwise_or(P);
            e = v ? expr_at(P, KR_EXPR_Starred, loc_of(P, s, s)) : NULL;
            if (e) {
                e->v.starred.value = v;
            }
        } else {
            e = parse_bitwise_or(P);
        }
        if (!e || SEQ_PUSH(P, elts, cap, e) < 0) {
            return NULL;
        }
        if (!first) {
            first = e;
        }
        if (kind(P) != KR_TOK_COMMA) {
            break;
        }
        advance(P);
        comma = true;
        int k = kind(P);
        if (!(starts_expression(k) || k == KR_TOK_STAR) || k == KR_TOK_NOT || k == KR_TOK_LAMBDA) {
            break;
        }
    }
    KrExpr *t = first;
    if (comma) {
        t = expr_at(P, KR_EXPR_Tuple, loc_of(P, t0, t0));
        if (!t) {
            return NULL;
        }
        t->v.list.elts = elts;
    }
    if (set_context(P, t, KR_CTX_STORE) < 0) {
        return NULL;
    }
    return t;
}

KrExpr *parse_yield_expr(Parser *P) {
    KrToken *t = advance(P);
    if (accept(P, KR_TOK_FROM)) {
        KrExpr *v = parse_expression(P);
        KrExpr *e = v ? expr_at(P, KR_EXPR_YieldFrom, loc_of(P, t, t)) : NULL;
        if (e) {
            e->v.await_.value = v;
        }
        return e;
    }
    KrExpr *v = NULL;
    int k = kind(P);
    if (starts_expression(k) || k == KR_TOK_STAR) {
        if (!(v = parse_star_expressions(P))) {
            return NULL;
        }
    }
    KrExpr *e = expr_at(P, KR_EXPR_Yield, loc_of(P, t, t));
    if (e) {
        e->v.await_.value = v;
    }
    return e;
}
