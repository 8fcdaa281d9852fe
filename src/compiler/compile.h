// SPDX-License-Identifier: MIT
// Private interface shared by the compiler's files (compile*.c, assemble.c).
#ifndef KR_COMPILE_H
#define KR_COMPILE_H

#include "../object/code.h"
#include "ast.h"
#include "symtable.h"

// Pseudo-instructions exist only while compiling; the assembler removes them.
// SETUP marks where a try/with region starts: for the stack analysis it is a
// branch to the handler (oparg = handler record), like CPython's SETUP_*.
enum { KR_PSEUDO_SETUP = 0x100 };

// Handler kinds, as CPython's SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH.
enum { KR_SETUP_FINALLY, KR_SETUP_CLEANUP, KR_SETUP_WITH };

// CPython's limits.
#define KR_MAX_FBLOCKS 20
#define KR_MAX_HSTACK 64
#define KR_STACK_USE_GUIDELINE 30

typedef struct KrInstr {
    int op;       // KrOpcode or KR_PSEUDO_*
    int arg;      // label id for jumps
    int handler;  // index of the exception handler record protecting it, -1 none
    KrPosition pos;
} KrInstr;

// An exception handler: the label it jumps to and, once the assembler has
// computed it, the stack depth to unwind to.
typedef struct KrHandlerRec {
    int label;
    int kind;   // KR_SETUP_*
    int depth;  // -1 until known
} KrHandlerRec;

// Frame blocks: what a return/break/continue must unwind (CPython's fblockinfo).
typedef enum {
    KR_FB_WHILE, KR_FB_FOR, KR_FB_TRY_EXCEPT, KR_FB_FINALLY_TRY, KR_FB_FINALLY_END, KR_FB_WITH,
    KR_FB_HANDLER_CLEANUP, KR_FB_POP_VALUE, KR_FB_EXCEPTION_HANDLER, KR_FB_ASYNC_WITH,
    KR_FB_EXCEPTION_GROUP_HANDLER,
} KrFBlockType;

typedef struct KrFBlock {
    KrFBlockType type;
    int block, exit;     // labels: loop start (continue) and loop exit (break)
    const void *datum;   // FINALLY_TRY: the Try stmt; WITH: the With stmt; HANDLER_CLEANUP: the name
} KrFBlock;

typedef enum {
    KR_UNIT_MODULE, KR_UNIT_CLASS, KR_UNIT_FUNCTION, KR_UNIT_LAMBDA, KR_UNIT_COMPREHENSION
} KrUnitKind;

// A list of names with an index.
typedef struct KrNameList {
    const char **items;
    int n, cap;
    KrNameMap map;
} KrNameList;

// One code object being compiled.
typedef struct KrUnit {
    struct KrUnit *parent;
    KrSymEntry *ste;
    KrUnitKind kind;
    bool is_async;              // the body of an `async def` (CPython's COMPILER_SCOPE_ASYNC_FUNCTION)
    const char *name;
    const char *qualname;
    const char *private_;       // class name for mangling
    KrInstr *instrs;
    int ninstrs, capinstrs;
    int *labels;                // label -> instruction index, -1 until placed
    int nlabels, caplabels;
    KrHandlerRec *handlers;
    int nhandlers, caphandlers;
    int hstack[KR_MAX_HSTACK];  // active handlers, innermost last
    int nhs;
    KrFBlock fblocks[KR_MAX_FBLOCKS];
    int nfblocks;
    KrObject **consts;
    int nconsts, capconsts;
    int *const_index;           // open-addressing hash of consts (index + 1, 0 empty)
    int const_cap;
    KrNameList names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    KrPosition pos;             // position given to emitted instructions
} KrUnit;

typedef struct KrCompiler {
    KrThread *ts;
    const char *filename;
    const char *source;         // may be NULL
    KrSymtable *st;
    KrUnit *u;
    KrParseMode mode;
    int nestlevel;              // 1 at module level
    bool future_annotations;
    bool future_ok;             // a `from __future__ import` is allowed here
    int optimize;               // 1: no asserts, __debug__ False; 2: no docstrings either
} KrCompiler;

#define KR_TRY(x) do { if ((x) < 0) { return -1; } } while (0)

// ---- compile.c: units, emission, constants and names
int kr_compile_error(KrCompiler *c, KrLoc loc, const char *fmt, ...);
int kr_compile_warn(KrCompiler *c, KrLoc loc, const char *text);
int kr_compile_op(KrCompiler *c, int op, int arg);
int kr_compile_new_label(KrCompiler *c);
int kr_compile_place(KrCompiler *c, int label);
int kr_compile_add_const(KrCompiler *c, KrObject *o);       // index; borrows o
int kr_compile_load_const(KrCompiler *c, KrObject *o);      // borrows o
int kr_compile_load_const_steal(KrCompiler *c, KrObject *o); // steals o (NULL: error already set)
int kr_compile_load_none(KrCompiler *c);
int kr_compile_load_str(KrCompiler *c, const char *s);
int kr_compile_name_index(KrCompiler *c, KrNameList *list, const char *name);
int kr_compile_op_name(KrCompiler *c, int op, const char *name); // mangles; uses co_names
int kr_compile_nameop(KrCompiler *c, const char *name, KrExprContext ctx);
// Raises "cannot assign to __debug__" (or "cannot delete") when a store or
// delete targets that name; returns -1 then, else 0.
int kr_compile_check_debug(KrCompiler *c, const char *name, KrExprContext ctx, KrLoc loc);
const char *kr_compile_mangle(KrCompiler *c, const char *name);
int kr_compile_setup(KrCompiler *c, int kind, int label);
void kr_compile_pop_block(KrCompiler *c);
int kr_compile_push_fblock(KrCompiler *c, KrLoc loc, KrFBlockType type, int block, int exit, const void *datum);
void kr_compile_pop_fblock(KrCompiler *c);
void kr_compile_set_loc(KrCompiler *c, KrLoc loc);
void kr_compile_unset_loc(KrCompiler *c);
int kr_compile_enter_scope(KrCompiler *c, const char *name, KrUnitKind kind, const void *key, int lineno);
void kr_compile_exit_scope(KrCompiler *c);
// Assembles the current unit, leaves its scope and emits MAKE_FUNCTION for it
// (preceded by PUSH_NULL + LOAD_BUILD_CLASS when build_class is set).
int kr_compile_make_closure(KrCompiler *c, int flags, bool build_class);
// Folds a constant expression; new reference or NULL (no exception) when it can't.
KrObject *kr_compile_fold(KrCompiler *c, KrExpr *e);
bool kr_compile_is_const(KrCompiler *c, KrExpr *e);

// ---- compile_expr.c
int kr_compile_expr_visit(KrCompiler *c, KrExpr *e);
int kr_compile_expr_jump_if(KrCompiler *c, KrExpr *e, int label, bool cond);
int kr_compile_expr_call_helper(KrCompiler *c, int n, KrExprSeq args, KrKeywordSeq keywords);
int kr_compile_expr_default_args(KrCompiler *c, KrArguments *args); // MAKE_FUNCTION flags
int kr_compile_expr_annotation(KrCompiler *c, KrExpr *ann);
// An annotation's text under the annotations future; NULL with SyntaxError
// when it holds a yield, await or named expression.
KrObject *kr_compile_annotation_text(KrCompiler *c, KrExpr *ann);
int kr_compile_expr_annotations(KrCompiler *c, KrArguments *args, KrExpr *returns); // 4 if any, else 0
int kr_compile_expr_call_exit(KrCompiler *c);                       // __exit__(None, None, None)
// The SEND / YIELD_VALUE loop of `yield from` and `await`: [.., iter, value] -> [.., result].
int kr_compile_expr_yield_from(KrCompiler *c);
// GET_AWAITABLE `where` (0 await, 1 __aenter__, 2 __aexit__), then the yield-from loop.
int kr_compile_expr_await(KrCompiler *c, int where);

// ---- compile_stmt.c
int kr_compile_stmt_visit(KrCompiler *c, KrStmt *s);
int kr_compile_stmt_body(KrCompiler *c, KrStmtSeq body, bool docstring);
int kr_compile_stmt_seq(KrCompiler *c, KrStmtSeq body);
bool kr_compile_stmt_find_ann(KrStmtSeq body);

// ---- compile_match.c
int kr_compile_match_stmt(KrCompiler *c, KrStmt *s); // the match statement

// ---- assemble.c
// Builds the code object of the current unit (new reference, NULL on error).
KrCode *kr_assemble_unit(KrCompiler *c);

#endif
