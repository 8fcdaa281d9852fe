// SPDX-License-Identifier: MIT
// The match statement and its patterns (PEP 634).
#include <stdio.h>
#include <string.h>

#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../vm/vm.h"
#include "parser.h"


static KrPattern *parse_pattern(Parser *P);

// 'match' is a soft keyword: it starts a match statement only when the
// logical line ends with ':' and an indented block follows.
bool looks_like_match(Parser *P) {
    int k = kind_at(P, P->pos + 1);
    if (!(starts_expression(k) || k == KR_TOK_STAR)) {
        return false;
    }
    int i = P->pos + 1;
    while (i < P->ntoks && P->toks[i].kind != KR_TOK_NEWLINE && P->toks[i].kind != KR_TOK_ENDMARKER &&
           P->toks[i].kind != KR_TOK_ERRORTOKEN) {
        i++;
    }
    return P->toks[i].kind == KR_TOK_NEWLINE && P->toks[i - 1].kind == KR_TOK_COLON;
}

static KrPattern *new_pattern(Parser *P, KrPatternKind k, KrLoc start) {
    KrPattern *p = palloc(P, sizeof(KrPattern));
    if (p) {
        p->kind = k;
        p->loc = loc_to_prev(P, start);
    }
    return p;
}

static KrLoc cur_loc(Parser *P) {
    return loc_of(P, tok(P), tok(P));
}

// "invalid syntax" where a literal or dotted name was needed. A NAME there
// could have started a dotted name, so CPython's parser got one token
// further, and reports the token after it.
static void *err_not_value(Parser *P) {
    if (kind(P) == KR_TOK_NAME) {
        advance(P);
    }
    return err_invalid(P);
}

static bool is_imaginary(KrExpr *e) {
    return e->kind == KR_EXPR_Constant && KR_TYPE(e->v.constant.value) == &kr_complex_type;
}

// A signed number, or a complex literal: -1, 1+2j, -1.5-2j.
static KrExpr *signed_number(Parser *P) {
    KrToken *t = tok(P);
    KrLoc start = cur_loc(P);
    bool neg = accept(P, KR_TOK_MINUS);
    KrToken *n = tok(P);
    if (n->kind != KR_TOK_NUMBER) {
        return err_invalid(P);
    }
    advance(P);
    KrExpr *e = parse_number(P, n);
    if (!e) {
        return NULL;
    }
    if (neg) {
        KrExpr *u = new_expr(P, KR_EXPR_UnaryOp, loc_to_prev(P, start));
        if (!u) {
            return NULL;
        }
        u->v.unaryop.op = KR_UNARY_USUB;
        u->v.unaryop.operand = e;
        e = u;
    }
    (void)t;
    if (kind(P) == KR_TOK_PLUS || kind(P) == KR_TOK_MINUS) {
        if (is_imaginary(neg ? e->v.unaryop.operand : e)) {
            return err_tok(P, n, "real number required in complex literal");
        }
        int op = kind(P) == KR_TOK_PLUS ? KR_BINOP_ADD : KR_BINOP_SUBTRACT;
        advance(P);
        KrToken *im = tok(P);
        if (im->kind != KR_TOK_NUMBER) {
            return err_invalid(P);
        }
        advance(P);
        KrExpr *r = parse_number(P, im);
        if (r && !is_imaginary(r)) {
            return err_tok(P, im, "imaginary number required in complex literal");
        }
        KrExpr *b = r ? new_expr(P, KR_EXPR_BinOp, loc_to_prev(P, start)) : NULL;
        if (!b) {
            return NULL;
        }
        b->v.binop.left = e;
        b->v.binop.op = op;
        b->v.binop.right = r;
        e = b;
    }
    return e;
}

// NAME ('.' NAME)*, as a Name or an Attribute chain (Load).
static KrExpr *name_or_attr(Parser *P) {
    KrExpr *e = new_name(P, advance(P), KR_CTX_LOAD);
    while (e && kind(P) == KR_TOK_DOT) {
        advance(P);
        KrToken *n = tok(P);
        if (n->kind != KR_TOK_NAME) {
            return err_invalid(P);
        }
        advance(P);
        KrExpr *a = new_expr(P, KR_EXPR_Attribute, loc_to_prev(P, e->loc));
        if (!a || !(a->v.attribute.attr = tok_str(P, n))) {
            return NULL;
        }
        a->v.attribute.value = e;
        e = a;
    }
    return e;
}

static KrPattern *value_pattern(Parser *P, KrExpr *v, KrLoc start) {
    KrPattern *p = v ? new_pattern(P, KR_PAT_VALUE, start) : NULL;
    if (p) {
        p->v.value.value = v;
    }
    return p;
}

static KrPattern *star_or_pattern(Parser *P) {
    KrToken *t = tok(P);
    if (t->kind != KR_TOK_STAR) {
        return parse_pattern(P);
    }
    advance(P);
    KrToken *n = tok(P);
    if (n->kind != KR_TOK_NAME) {
        return err_invalid(P);
    }
    advance(P);
    KrPattern *p = new_pattern(P, KR_PAT_STAR, loc_of(P, t, t));
    if (p && !tok_is(P, n, "_") && !(p->v.star.name = tok_str(P, n))) {
        return NULL;
    }
    return p;
}

// Items of a sequence pattern up to `close` (not consumed).
static int sequence_items(Parser *P, KrPatternSeq *seq, int close) {
    int cap = 0;
    while (kind(P) != close) {
        KrPattern *p = star_or_pattern(P);
        if (!p || SEQ_PUSH(P, *seq, cap, p) < 0) {
            return -1;
        }
        if (!accept(P, KR_TOK_COMMA)) {
            break;
        }
    }
    return 0;
}

static KrPattern *mapping_pattern(Parser *P, KrLoc start) {
    advance(P);
    KrPattern *p = new_pattern(P, KR_PAT_MAPPING, start);
    int kcap = 0, pcap = 0;
    if (!p) {
        return NULL;
    }
    while (kind(P) != KR_TOK_RBRACE) {
        if (accept(P, KR_TOK_DOUBLESTAR)) {
            KrToken *n = tok(P);
            if (n->kind != KR_TOK_NAME || tok_is(P, n, "_")) {
                return err_invalid(P);
            }
            advance(P);
            if (!(p->v.mapping.rest = tok_str(P, n))) {
                return NULL;
            }
            accept(P, KR_TOK_COMMA);
            break;
        }
        KrExpr *key;
        KrLoc kl = cur_loc(P);
        int k = kind(P);
        if (k == KR_TOK_NUMBER || k == KR_TOK_MINUS) {
            key = signed_number(P);
        } else if (k == KR_TOK_STRING) {
            key = parse_strings(P);
        } else if (k == KR_TOK_NONE || k == KR_TOK_TRUE || k == KR_TOK_FALSE) {
            KrToken *t = advance(P);
            KrObject *v = k == KR_TOK_NONE ? KR_NONE : k == KR_TOK_TRUE ? KR_TRUE : KR_FALSE;
            KR_INCREF(v);
            key = new_constant(P, v, loc_of(P, t, t));
        } else if (k == KR_TOK_NAME && kind_at(P, P->pos + 1) == KR_TOK_DOT) {
            key = name_or_attr(P);
        } else {
            return err_not_value(P);
        }
        (void)kl;
        if (!key) {
            return NULL;
        }
        if (!accept(P, KR_TOK_COLON)) {
            return err_invalid(P);
        }
        KrPattern *v = parse_pattern(P);
        if (!v || SEQ_PUSH(P, p->v.mapping.keys, kcap, key) < 0 || SEQ_PUSH(P, p->v.mapping.patterns, pcap, v) < 0) {
            return NULL;
        }
        if (!accept(P, KR_TOK_COMMA)) {
            break;
        }
    }
    if (!accept(P, KR_TOK_RBRACE)) {
        return err_invalid(P);
    }
    p->loc = loc_to_prev(P, start);
    return p;
}

static KrPattern *class_pattern(Parser *P, KrExpr *cls, KrLoc start) {
    advance(P); // '('
    KrPattern *p = new_pattern(P, KR_PAT_CLASS, start);
    if (!p) {
        return NULL;
    }
    p->v.cls.cls = cls;
    int pcap = 0, acap = 0, kcap = 0;
    while (kind(P) != KR_TOK_RPAR) {
        KrToken *t = tok(P);
        if (t->kind == KR_TOK_NAME && kind_at(P, P->pos + 1) == KR_TOK_EQUAL) {
            P->pos += 2;
            const char *attr = tok_str(P, t);
            KrPattern *v = attr ? parse_pattern(P) : NULL;
            if (!v || SEQ_PUSH(P, p->v.cls.kwd_attrs, acap, attr) < 0 ||
                SEQ_PUSH(P, p->v.cls.kwd_patterns, kcap, v) < 0) {
                return NULL;
            }
        } else {
            KrPattern *v = parse_pattern(P);
            if (!v) {
                return NULL;
            }
            if (p->v.cls.kwd_attrs.n > 0) {
                return err_node(P, &v->loc, "positional patterns follow keyword patterns");
            }
            if (SEQ_PUSH(P, p->v.cls.patterns, pcap, v) < 0) {
                return NULL;
            }
        }
        if (!accept(P, KR_TOK_COMMA)) {
            break;
        }
    }
    if (!accept(P, KR_TOK_RPAR)) {
        return err_invalid(P);
    }
    p->loc = loc_to_prev(P, start);
    return p;
}

static KrPattern *closed_pattern(Parser *P) {
    KrToken *t = tok(P);
    KrLoc start = cur_loc(P);
    switch (t->kind) {
    case KR_TOK_NUMBER: case KR_TOK_MINUS:
        return value_pattern(P, signed_number(P), start);
    case KR_TOK_STRING: {
        KrExpr *s = parse_strings(P);
        if (s && s->kind == KR_EXPR_JoinedStr) {
            return err_node(P, &s->loc, "patterns may only match literals and attribute lookups");
        }
        return value_pattern(P, s, start);
    }
    case KR_TOK_NONE: case KR_TOK_TRUE: case KR_TOK_FALSE: {
        advance(P);
        KrPattern *p = new_pattern(P, KR_PAT_SINGLETON, start);
        if (p) {
            p->v.singleton.value = t->kind == KR_TOK_NONE ? KR_NONE : t->kind == KR_TOK_TRUE ? KR_TRUE : KR_FALSE;
        }
        return p;
    }
    case KR_TOK_NAME: {
        int next = kind_at(P, P->pos + 1);
        if (next != KR_TOK_DOT && next != KR_TOK_LPAR) {
            advance(P);
            KrPattern *p = new_pattern(P, KR_PAT_AS, start);
            if (p && !tok_is(P, t, "_") && !(p->v.as.name = tok_str(P, t))) {
                return NULL;
            }
            return p;
        }
        KrExpr *e = name_or_attr(P);
        if (!e) {
            return NULL;
        }
        if (kind(P) == KR_TOK_LPAR) {
            return class_pattern(P, e, start);
        }
        return value_pattern(P, e, start);
    }
    case KR_TOK_LPAR: {
        advance(P);
        if (accept(P, KR_TOK_RPAR)) {
            return new_pattern(P, KR_PAT_SEQUENCE, start);
        }
        KrPattern *first = star_or_pattern(P);
        if (!first) {
            return NULL;
        }
        if (kind(P) == KR_TOK_RPAR && first->kind != KR_PAT_STAR) {
            advance(P);
            return first; // a group
        }
        KrPattern *p = new_pattern(P, KR_PAT_SEQUENCE, start);
        int cap = 0;
        if (!p || SEQ_PUSH(P, p->v.sequence.patterns, cap, first) < 0) {
            return NULL;
        }
        if (accept(P, KR_TOK_COMMA)) {
            KrPatternSeq rest = {0, NULL};
            if (sequence_items(P, &rest, KR_TOK_RPAR) < 0) {
                return NULL;
            }
            for (int i = 0; i < rest.n; i++) {
                if (SEQ_PUSH(P, p->v.sequence.patterns, cap, rest.items[i]) < 0) {
                    return NULL;
                }
            }
        }
        if (!accept(P, KR_TOK_RPAR)) {
            return err_invalid(P);
        }
        p->loc = loc_to_prev(P, start);
        return p;
    }
    case KR_TOK_LSQB: {
        advance(P);
        KrPattern *p = new_pattern(P, KR_PAT_SEQUENCE, start);
        if (!p || sequence_items(P, &p->v.sequence.patterns, KR_TOK_RSQB) < 0) {
            return NULL;
        }
        if (!accept(P, KR_TOK_RSQB)) {
            return err_invalid(P);
        }
        p->loc = loc_to_prev(P, start);
        return p;
    }
    case KR_TOK_LBRACE:
        return mapping_pattern(P, start);
    default:
        return err_invalid(P);
    }
}

// pattern: or_pattern ['as' NAME]
static KrPattern *parse_pattern(Parser *P) {
    if (!enter(P)) {
        return NULL;
    }
    KrLoc start = cur_loc(P);
    KrPattern *p = closed_pattern(P);
    if (p && kind(P) == KR_TOK_VBAR) {
        KrPattern *o = new_pattern(P, KR_PAT_OR, start);
        int cap = 0;
        if (!o || SEQ_PUSH(P, o->v.or_.patterns, cap, p) < 0) {
            p = NULL;
        }
        while (p && accept(P, KR_TOK_VBAR)) {
            KrPattern *q = closed_pattern(P);
            if (!q || SEQ_PUSH(P, o->v.or_.patterns, cap, q) < 0) {
                p = NULL;
            }
        }
        if (p) {
            o->loc = loc_to_prev(P, start);
            p = o;
        }
    }
    if (p && accept(P, KR_TOK_AS)) {
        KrToken *n = tok(P);
        if (n->kind != KR_TOK_NAME && starts_expression(n->kind)) {
            // CPython's invalid_as_pattern: `1 as 2`.
            KrExpr *e = parse_named_expression(P);
            p = e ? err_node(P, &e->loc, "invalid pattern target") : NULL;
        } else if (n->kind != KR_TOK_NAME) {
            p = err_invalid(P);
        } else if (tok_is(P, n, "_")) {
            p = err_tok(P, n, "cannot use '_' as a target");
        } else {
            advance(P);
            KrPattern *a = new_pattern(P, KR_PAT_AS, start);
            if (a && (a->v.as.name = tok_str(P, n))) {
                a->v.as.pattern = p;
            }
            p = a && a->v.as.name ? a : NULL;
        }
    }
    leave(P);
    return p;
}

// patterns: an open sequence (a, *b) or a single pattern.
static KrPattern *parse_patterns(Parser *P) {
    KrLoc start = cur_loc(P);
    KrPattern *first = star_or_pattern(P);
    if (!first || kind(P) != KR_TOK_COMMA) {
        if (first && first->kind == KR_PAT_STAR) {
            // A lone star pattern needs a comma: `case *a, :`.
            return err_invalid(P);
        }
        return first;
    }
    KrPattern *p = new_pattern(P, KR_PAT_SEQUENCE, start);
    int cap = 0;
    if (!p || SEQ_PUSH(P, p->v.sequence.patterns, cap, first) < 0) {
        return NULL;
    }
    while (accept(P, KR_TOK_COMMA)) {
        if (kind(P) == KR_TOK_COLON || kind(P) == KR_TOK_IF) {
            break;
        }
        KrPattern *q = star_or_pattern(P);
        if (!q || SEQ_PUSH(P, p->v.sequence.patterns, cap, q) < 0) {
            return NULL;
        }
    }
    p->loc = loc_to_prev(P, start);
    return p;
}

static int parse_case_block(Parser *P, KrStmtSeq *body, int line) {
    // The same block rule as every compound statement.
    int cap = 0;
    if (!accept(P, KR_TOK_NEWLINE)) {
        for (;;) {
            if (parse_statement(P, body, &cap) < 0) {
                return -1;
            }
            return 0;
        }
    }
    if (kind(P) != KR_TOK_INDENT) {
        KrToken *t = tok(P);
        err_range(P, &kr_exc_IndentationError, t->lineno, t->col, t->end_lineno, t->end_col,
                  "expected an indented block after 'case' statement on line %d", line);
        return -1;
    }
    advance(P);
    while (kind(P) != KR_TOK_DEDENT) {
        if (kind(P) == KR_TOK_ENDMARKER || parse_statement(P, body, &cap) < 0) {
            if (!failed(P)) {
                err_invalid(P);
            }
            return -1;
        }
    }
    advance(P);
    return 0;
}

int parse_match(Parser *P, KrStmt **out) {
    KrToken *t = advance(P);
    KrStmt *s = new_stmt(P, KR_STMT_Match, loc_of(P, t, t));
    if (!s) {
        return -1;
    }
    // subject: star_named_expression (',' star_named_expression)* [',']
    KrExpr *first = parse_star_named_expression(P);
    if (!first) {
        return -1;
    }
    if (kind(P) == KR_TOK_COMMA) {
        KrExpr *tup = new_expr(P, KR_EXPR_Tuple, first->loc);
        int cap = 0;
        if (!tup || SEQ_PUSH(P, tup->v.list.elts, cap, first) < 0) {
            return -1;
        }
        while (accept(P, KR_TOK_COMMA) && kind(P) != KR_TOK_COLON) {
            KrExpr *e = parse_star_named_expression(P);
            if (!e || SEQ_PUSH(P, tup->v.list.elts, cap, e) < 0) {
                return -1;
            }
        }
        tup->loc = loc_to_prev(P, first->loc);
        first = tup;
    }
    s->v.match.subject = first;
    if (!accept(P, KR_TOK_COLON)) {
        err_invalid(P);
        return -1;
    }
    if (!accept(P, KR_TOK_NEWLINE)) {
        err_invalid(P);
        return -1;
    }
    if (kind(P) != KR_TOK_INDENT) {
        KrToken *n = tok(P);
        err_range(P, &kr_exc_IndentationError, n->lineno, n->col, n->end_lineno, n->end_col,
                  "expected an indented block after 'match' statement on line %d", t->lineno);
        return -1;
    }
    advance(P);
    int cap = 0;
    while (kind(P) != KR_TOK_DEDENT) {
        KrToken *c = tok(P);
        if (!tok_is(P, c, "case")) {
            err_invalid(P);
            return -1;
        }
        advance(P);
        KrMatchCase *mc = palloc(P, sizeof(KrMatchCase));
        if (!mc || !(mc->pattern = parse_patterns(P))) {
            return -1;
        }
        if (accept(P, KR_TOK_IF) && !(mc->guard = parse_named_expression(P))) {
            return -1;
        }
        if (!accept(P, KR_TOK_COLON)) {
            if (kind(P) == KR_TOK_NEWLINE) {
                err_expected(P, ":");
            } else {
                err_invalid(P);
            }
            return -1;
        }
        if (parse_case_block(P, &mc->body, c->lineno) < 0 || SEQ_PUSH(P, s->v.match.cases, cap, mc) < 0) {
            return -1;
        }
        KrStmtSeq *b = &mc->body;
        if (b->n) {
            s->loc = loc_span(s->loc, b->items[b->n - 1]->loc);
        }
    }
    advance(P);
    *out = s;
    return 0;
}
