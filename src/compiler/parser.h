// SPDX-License-Identifier: MIT
// Private declarations shared by the parser's files (parser*.c).
#ifndef KR_PARSER_H
#define KR_PARSER_H

#include "ast.h"
#include "lexer.h"

// The parser files share these helpers; the prefix keeps the linker namespace clean.
#define seq_grow kr_parser_seq_grow
#define is_name kr_parser_is_name
#define tok_is kr_parser_tok_is
#define err_invalid kr_parser_err_invalid
#define err_tok kr_parser_err_tok
#define err_range kr_parser_err_range
#define err_node kr_parser_err_node
#define err_expected kr_parser_err_expected
#define failed kr_parser_failed
#define enter kr_parser_enter
#define recover kr_parser_recover
#define loc_of kr_parser_loc_of
#define loc_span kr_parser_loc_span
#define loc_to_prev kr_parser_loc_to_prev
#define new_expr kr_parser_new_expr
#define new_stmt kr_parser_new_stmt
#define palloc kr_parser_palloc
#define tok_str kr_parser_tok_str
#define new_name kr_parser_new_name
#define new_constant kr_parser_new_constant
#define parse_expression kr_parser_parse_expression
#define parse_named_expression kr_parser_parse_named_expression
#define parse_star_expressions kr_parser_parse_star_expressions
#define parse_star_named_expression kr_parser_parse_star_named_expression
#define parse_disjunction kr_parser_parse_disjunction
#define parse_bitwise_or kr_parser_parse_bitwise_or
#define parse_yield_expr kr_parser_parse_yield_expr
#define parse_star_targets kr_parser_parse_star_targets
#define parse_number kr_parser_parse_number
#define parse_params kr_parser_parse_params
#define parse_call_args kr_parser_parse_call_args
#define parse_slices kr_parser_parse_slices
#define set_context kr_parser_set_context
#define invalid_target kr_parser_invalid_target
#define expr_name kr_parser_expr_name
#define starts_expression kr_parser_starts_expression
#define parse_strings kr_parser_parse_strings
#define parse_statement kr_parser_parse_statement
#define parse_fstring_expr kr_parser_parse_fstring_expr
#define parse_match kr_parser_parse_match
#define looks_like_match kr_parser_looks_like_match

#define MAX_DEPTH 200

typedef struct Parser {
    KrThread *ts;
    KrArena *arena;
    KrLexer *lx;
    const char *src;     // the lexer's normalized text
    const char *filename;
    KrToken *toks;
    int pos, ntoks;
    int far;             // the furthest token reached, for choosing between errors
    int invalid_at;      // a token a generic "invalid syntax" should point at, if later than the current one
    int no_invalid;      // > 0 while parsing CPython's expression_without_invalid
    int depth;           // recursion guard
    int *incomplete;
    // f-string expressions are parsed from a copy of their text: AST
    // locations are shifted back into the file, error messages are prefixed.
    bool fstring;
    int line_off, col_off;
    int fdepth;          // f-string nesting (format specs)
    bool class_args;     // the next call arguments are a class's bases: no bare generator
    // eval/single input: CPython implies no final newline there, so an error's
    // text has none and errors at the end of the input have odd positions.
    bool string_input;
} Parser;

// A growable sequence being built in the arena (items of any pointer or int type).
#define SEQ_PUSH(P, seq, cap, x) \
    (((seq).n < (cap) || seq_grow((P), &(seq).items, &(cap), sizeof(*(seq).items), (seq).n) == 0) \
         ? ((seq).items[(seq).n++] = (x), 0)                                                        \
         : -1)
int seq_grow(Parser *P, void *itemsp, int *cap, size_t elsize, int n);

// ---- tokens
static inline KrToken *tok(Parser *P) {
    return &P->toks[P->pos];
}
static inline KrToken *tok_at(Parser *P, int i) {
    return &P->toks[i < P->ntoks ? i : P->ntoks - 1];
}
static inline int kind(Parser *P) {
    return P->toks[P->pos].kind;
}
static inline int kind_at(Parser *P, int i) {
    return tok_at(P, i)->kind;
}
static inline KrToken *advance(Parser *P) {
    KrToken *t = &P->toks[P->pos];
    if (P->pos < P->ntoks - 1) {
        P->pos++;
        if (P->pos > P->far) {
            P->far = P->pos;
        }
    }
    return t;
}
static inline bool accept(Parser *P, int k) {
    if (kind(P) == k) {
        advance(P);
        return true;
    }
    return false;
}
bool is_name(Parser *P, const char *text); // current token is NAME with this text (soft keywords)
bool tok_is(Parser *P, KrToken *t, const char *text);

// ---- errors (all return NULL so callers can `return err...`)
void *err_invalid(Parser *P);     // "invalid syntax" at the current token (or the tokenizer's error)
void *err_tok(Parser *P, KrToken *t, const char *msg);
void *err_range(Parser *P, KrType *type, int line, int col, int eline, int ecol, const char *fmt, ...);
void *err_node(Parser *P, KrLoc *loc, const char *fmt, ...);   // range of a node (file coordinates)
void *err_expected(Parser *P, const char *what);               // "expected ':'" at the current token
bool failed(Parser *P);            // an exception is pending
// Clears a parse error before backtracking, unless it is the MemoryError of
// a too-deep nesting, which must end the parse: false then.
bool recover(Parser *P);
bool enter(Parser *P);             // recursion guard: false + error when too deep
static inline void leave(Parser *P) {
    P->depth--;
}

// ---- nodes
KrLoc loc_of(Parser *P, KrToken *a, KrToken *b);   // from the start of a to the end of b
KrLoc loc_span(KrLoc a, KrLoc b);
KrLoc loc_to_prev(Parser *P, KrLoc start);         // from start to the end of the previous token
KrExpr *new_expr(Parser *P, KrExprKind k, KrLoc loc);
KrStmt *new_stmt(Parser *P, KrStmtKind k, KrLoc loc);
void *palloc(Parser *P, size_t size);
const char *tok_str(Parser *P, KrToken *t);        // the token's text in the arena
KrExpr *new_name(Parser *P, KrToken *t, KrExprContext ctx);
KrExpr *new_constant(Parser *P, KrObject *value_steal, KrLoc loc);

// ---- expressions (parser_expr.c)
KrExpr *parse_expression(Parser *P);        // expression: ternary / lambda
KrExpr *parse_named_expression(Parser *P);  // with :=
KrExpr *parse_star_expressions(Parser *P);  // a, *b, c -> Tuple
KrExpr *parse_star_named_expression(Parser *P);
KrExpr *parse_disjunction(Parser *P);
KrExpr *parse_bitwise_or(Parser *P);
KrExpr *parse_yield_expr(Parser *P);
KrExpr *parse_star_targets(Parser *P);      // for-loop / comprehension targets (Store)
KrExpr *parse_number(Parser *P, KrToken *t);
KrArguments *parse_params(Parser *P, bool lambda, int close);
int parse_call_args(Parser *P, KrExprSeq *args, KrKeywordSeq *kws, int close);
KrExpr *parse_slices(Parser *P);
// Sets the context of a target (Store/Del) or raises "cannot assign to ...".
int set_context(Parser *P, KrExpr *e, KrExprContext ctx);
KrExpr *invalid_target(KrExpr *e, KrExprContext ctx); // the offending sub-expression or NULL
const char *expr_name(KrExpr *e);                      // "literal", "function call", ...
bool starts_expression(int k);

// ---- strings (parser.c)
KrExpr *parse_strings(Parser *P);

// ---- statements (parser_stmt.c, parser_match.c)
int parse_statement(Parser *P, KrStmtSeq *out, int *cap);
int parse_match(Parser *P, KrStmt **out);
bool looks_like_match(Parser *P);

// Parses an f-string expression part (a copy of its text) into an expression.
KrExpr *parse_fstring_expr(Parser *P, const char *text, size_t len, int line, int col);

#endif
