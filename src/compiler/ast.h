// SPDX-License-Identifier: MIT
// The abstract syntax tree, shaped like CPython's ast module. Nodes live in an
// arena owned by the parse; identifiers are NUL-terminated UTF-8 in the arena;
// constants are Krait objects owned by the arena (released with it).
#ifndef KR_AST_H
#define KR_AST_H

#include "../object/object.h"

typedef struct KrArena KrArena;

// Node kinds, from the X-macro table ast.def.
typedef enum {
#define EXPR(name) KR_EXPR_##name,
#define STMT(name)
#include "ast.def"
#undef EXPR
#undef STMT
} KrExprKind;

typedef enum {
#define EXPR(name)
#define STMT(name) KR_STMT_##name,
#include "ast.def"
#undef EXPR
#undef STMT
} KrStmtKind;

typedef enum { KR_CTX_LOAD, KR_CTX_STORE, KR_CTX_DEL } KrExprContext;
typedef enum { KR_BOOL_AND, KR_BOOL_OR } KrBoolOp;
typedef enum { KR_UNARY_INVERT, KR_UNARY_NOT, KR_UNARY_UADD, KR_UNARY_USUB } KrUnaryOp;
// Comparison operators: KR_LT..KR_GE from object.h, then these.
enum { KR_CMP_IS = 6, KR_CMP_IS_NOT, KR_CMP_IN, KR_CMP_NOT_IN };

typedef struct KrExpr KrExpr;
typedef struct KrStmt KrStmt;

#define KR_SEQ(T) struct { int n; T *items; }
typedef KR_SEQ(KrExpr *) KrExprSeq;
typedef KR_SEQ(KrStmt *) KrStmtSeq;
typedef KR_SEQ(const char *) KrIdentSeq;
typedef KR_SEQ(int) KrIntSeq;

typedef struct KrLoc {
    int lineno, col_offset, end_lineno, end_col_offset; // 1-based lines, 0-based UTF-8 byte columns
} KrLoc;

typedef struct KrArg {
    const char *arg;
    KrExpr *annotation; // may be NULL
    KrLoc loc;
} KrArg;
typedef KR_SEQ(KrArg *) KrArgSeq;

typedef struct KrArguments {
    KrArgSeq posonlyargs, args;
    KrArg *vararg;        // may be NULL
    KrArgSeq kwonlyargs;
    KrExprSeq kw_defaults; // one per kwonlyarg, NULL where there is no default
    KrArg *kwarg;         // may be NULL
    KrExprSeq defaults;   // for the last len(defaults) of posonlyargs+args
} KrArguments;

typedef struct KrKeyword {
    const char *arg; // NULL for **kwargs
    KrExpr *value;
    KrLoc loc;
} KrKeyword;
typedef KR_SEQ(KrKeyword *) KrKeywordSeq;

typedef struct KrComprehension {
    KrExpr *target, *iter;
    KrExprSeq ifs;
    int is_async;
} KrComprehension;
typedef KR_SEQ(KrComprehension *) KrComprehensionSeq;

typedef struct KrExceptHandler {
    KrExpr *type;     // may be NULL
    const char *name; // may be NULL
    KrStmtSeq body;
    KrLoc loc;
} KrExceptHandler;
typedef KR_SEQ(KrExceptHandler *) KrHandlerSeq;

typedef struct KrAlias {
    const char *name;   // dotted name, or "*"
    const char *asname; // may be NULL
    KrLoc loc;
} KrAlias;
typedef KR_SEQ(KrAlias *) KrAliasSeq;

typedef struct KrWithItem {
    KrExpr *context_expr;
    KrExpr *optional_vars; // may be NULL
} KrWithItem;
typedef KR_SEQ(KrWithItem *) KrWithItemSeq;

typedef struct KrPattern KrPattern;
typedef KR_SEQ(KrPattern *) KrPatternSeq;
typedef enum {
    KR_PAT_VALUE, KR_PAT_SINGLETON, KR_PAT_SEQUENCE, KR_PAT_MAPPING, KR_PAT_CLASS,
    KR_PAT_STAR, KR_PAT_AS, KR_PAT_OR
} KrPatternKind;
struct KrPattern {
    KrPatternKind kind;
    KrLoc loc;
    union {
        struct { KrExpr *value; } value;
        struct { KrObject *value; } singleton; // None, True or False
        struct { KrPatternSeq patterns; } sequence;
        struct { KrExprSeq keys; KrPatternSeq patterns; const char *rest; } mapping;
        struct { KrExpr *cls; KrPatternSeq patterns; KrIdentSeq kwd_attrs; KrPatternSeq kwd_patterns; } cls;
        struct { const char *name; } star;                 // name NULL: *_
        struct { KrPattern *pattern; const char *name; } as; // both NULL: _ ; pattern NULL: capture
        struct { KrPatternSeq patterns; } or_;
    } v;
};

typedef struct KrMatchCase {
    KrPattern *pattern;
    KrExpr *guard; // may be NULL
    KrStmtSeq body;
} KrMatchCase;
typedef KR_SEQ(KrMatchCase *) KrMatchCaseSeq;

struct KrExpr {
    KrExprKind kind;
    KrLoc loc;
    union {
        struct { KrBoolOp op; KrExprSeq values; } boolop;
        struct { KrExpr *target, *value; } namedexpr;
        struct { KrExpr *left; int op; KrExpr *right; } binop;  // op: KR_BINOP_*
        struct { KrUnaryOp op; KrExpr *operand; } unaryop;
        struct { KrArguments *args; KrExpr *body; } lambda;
        struct { KrExpr *test, *body, *orelse; } ifexp;
        struct { KrExprSeq keys, values; } dict;           // key NULL: **value
        struct { KrExprSeq elts; } set;
        struct { KrExpr *elt; KrComprehensionSeq generators; } listcomp; // also SetComp, GeneratorExp
        struct { KrExpr *key, *value; KrComprehensionSeq generators; } dictcomp;
        struct { KrExpr *value; } await_;                  // also Yield (value may be NULL), YieldFrom
        struct { KrExpr *left; KrIntSeq ops; KrExprSeq comparators; } compare; // ops: KR_LT.. / KR_CMP_*
        struct { KrExpr *func; KrExprSeq args; KrKeywordSeq keywords; } call;
        struct { KrExpr *value; int conversion; KrExpr *format_spec; } formatted; // conversion: -1, 's', 'r', 'a'
        struct { KrExprSeq values; } joinedstr;            // Constant str and FormattedValue parts
        struct { KrObject *value; const char *kind; } constant; // kind "u" for u'' strings, else NULL
        struct { KrExpr *value; const char *attr; KrExprContext ctx; } attribute;
        struct { KrExpr *value, *slice; KrExprContext ctx; } subscript;
        struct { KrExpr *value; KrExprContext ctx; } starred;
        struct { const char *id; KrExprContext ctx; } name;
        struct { KrExprSeq elts; KrExprContext ctx; } list; // also Tuple
        struct { KrExpr *lower, *upper, *step; } slice;    // each may be NULL
    } v;
};

struct KrStmt {
    KrStmtKind kind;
    KrLoc loc;
    union {
        struct {
            const char *name; KrArguments *args; KrStmtSeq body; KrExprSeq decorators;
            KrExpr *returns; int is_async;
        } funcdef;
        struct {
            const char *name; KrExprSeq bases; KrKeywordSeq keywords; KrStmtSeq body; KrExprSeq decorators;
        } classdef;
        struct { KrExpr *value; } return_;                 // value may be NULL
        struct { KrExprSeq targets; } delete_;
        struct { KrExprSeq targets; KrExpr *value; } assign; // a = b = value: targets [a, b]
        struct { KrExpr *target; int op; KrExpr *value; } augassign; // op: KR_BINOP_* (not in-place form)
        struct { KrExpr *target, *annotation, *value; int simple; } annassign;
        struct { KrExpr *target, *iter; KrStmtSeq body, orelse; int is_async; } for_;
        struct { KrExpr *test; KrStmtSeq body, orelse; } while_; // also If
        struct { KrWithItemSeq items; KrStmtSeq body; int is_async; } with;
        struct { KrExpr *subject; KrMatchCaseSeq cases; } match;
        struct { KrExpr *exc, *cause; } raise;             // both may be NULL
        struct { KrStmtSeq body; KrHandlerSeq handlers; KrStmtSeq orelse, finalbody; int is_star; } try_;
        struct { KrExpr *test, *msg; } assert_;
        struct { KrAliasSeq names; } import;
        struct { const char *module; KrAliasSeq names; int level; } importfrom; // module may be NULL
        struct { KrIdentSeq names; } global;               // also Nonlocal
        struct { KrExpr *value; } expr;
    } v;
};

// A parsed module, expression or interactive statement.
typedef enum { KR_MODE_EXEC, KR_MODE_EVAL, KR_MODE_SINGLE } KrParseMode;
typedef struct KrModule {
    KrParseMode mode;
    KrStmtSeq body;  // exec / single
    KrExpr *expr;    // eval
} KrModule;

// ---- arena
KrArena *kr_arena_new(KrThread *ts);
void kr_arena_free(KrThread *ts, KrArena *arena);   // releases the constants too
void *kr_arena_alloc(KrThread *ts, KrArena *arena, size_t size); // zeroed; NULL + MemoryError
char *kr_arena_strdup(KrThread *ts, KrArena *arena, const char *s, size_t len);
int kr_arena_own(KrThread *ts, KrArena *arena, KrObject *o);   // steals o; -1 on failure (o released)

// ---- the front end (parser.c): source text -> AST.
// On failure returns NULL with a SyntaxError (or subclass) set carrying
// filename, lineno, offset (1-based column), text, end_lineno, end_offset.
// `incomplete`, if not NULL, is set to 1 when the input ended inside an
// unfinished construct (used by the REPL to ask for more lines).
KrModule *kr_parse(KrThread *ts, KrArena *arena, const char *source, size_t len,
                   const char *filename, KrParseMode mode, int *incomplete);

// ---- the back end (compile.c): AST -> code object.
// Returns a new code object, or NULL with SyntaxError set (e.g. 'return' outside function).
KrObject *kr_compile_ast(KrThread *ts, KrModule *mod, const char *filename);
// The same with compile()'s optimize level (see kr_compile_source_opt).
KrObject *kr_compile_ast_opt(KrThread *ts, KrModule *mod, const char *filename, int optimize);

// Convenience: parse + compile.
KrObject *kr_compile_source(KrThread *ts, const char *source, size_t len, const char *filename,
                            KrParseMode mode, int *incomplete);
// The same with compile()'s optimize level: 0 as is, 1 drops asserts and
// makes __debug__ False, 2 also drops docstrings (-1 means 0: no -O flag).
KrObject *kr_compile_source_opt(KrThread *ts, const char *source, size_t len, const char *filename,
                                KrParseMode mode, int optimize);

// ---- source.c: source bytes -> UTF-8 text for the lexer (PEP 263, BOM).
// Returns the text (text itself, or a new buffer stored in *owned for the
// caller to kr_mem_free) with *len updated, or NULL with SyntaxError set.
// `script` words errors as CPython does for the main script (no position,
// and undeclared non-UTF-8 bytes anywhere are an error); otherwise as for
// compile() and imports, where bad UTF-8 only matters inside literals.
const char *kr_source_decode(KrThread *ts, const char *text, size_t *len, const char *filename, bool script,
                             char **owned);
// Whether s[0:n] is invalid UTF-8; then msg holds CPython's SyntaxError
// message for it ("(unicode error) 'utf-8' codec can't decode byte ...").
bool kr_source_utf8_error(KrThread *ts, const char *s, size_t n, char *msg, size_t size);

#endif
