// SPDX-License-Identifier: MIT
// The _ast module's shared parts: the node table (ast_nodes.def) and the two
// conversions between Krait's AST (compiler/ast.h) and ast.AST objects.
#ifndef KR_AST_MODULE_H
#define KR_AST_MODULE_H

#include "../compiler/ast.h"

// What a class or field of the table holds (see ast_nodes.def).
typedef enum {
    KR_AK_NONE, KR_AK_MOD, KR_AK_EXPR, KR_AK_STMT, KR_AK_PATTERN, KR_AK_ARG, KR_AK_ARGUMENTS,
    KR_AK_KEYWORD, KR_AK_COMP, KR_AK_HANDLER, KR_AK_ALIAS, KR_AK_WITHITEM, KR_AK_MATCHCASE,
    KR_AK_CTX, KR_AK_BOOLOP, KR_AK_BINOP, KR_AK_UNARYOP, KR_AK_CMPOP,
    KR_AK_IDENT, KR_AK_STRING, KR_AK_CONST, KR_AK_INT, KR_AK_COMMENT, KR_AK_IGNORES,
} KrAstKind;

typedef enum { KR_AQ_ONE, KR_AQ_OPT, KR_AQ_SEQ, KR_AQ_NSEQ } KrAstQuant;

// One row of the table: a class ('S' abstract, 'N' node, 'O' operator) or a
// field ('F') of the class row before it.
typedef struct KrAstDesc {
    char what;
    const char *name;
    const char *base;     // classes: the base class's name
    KrAstKind kind;       // classes: the node kind; fields: the type
    int value;            // nodes: the kind tag / mode; operators: the value
    intptr_t flag_off;    // nodes: offset of the int flag telling them apart, -1 if none
    int flag_val;
    size_t off;           // fields: offset in the holding struct
    KrAstQuant quant;     // fields
    char ctx;             // fields: 'L', 'S', 'D' or 'P'
} KrAstDesc;

extern const KrAstDesc kr_ast_desc[];
extern const int kr_ast_ndesc;

// Per node kind: the ASDL type name, the C struct's size, where its location is (-1: none).
typedef struct KrAstKindInfo {
    const char *name;
    size_t size;
    intptr_t loc_off;
} KrAstKindInfo;
extern const KrAstKindInfo kr_ast_kinds[];

// The state of one conversion: the classes of the _ast module by table row.
#define KR_AST_MAX_ROWS 400
typedef struct KrAstState {
    KrObject *module;
    KrObject *cls[KR_AST_MAX_ROWS];
    KrObject *names[KR_AST_MAX_ROWS]; // field names as str, made on first use
    KrObject *loc_names[4];
    int depth;
} KrAstState;

int kr_ast_state_init(KrThread *ts, KrAstState *st);   // imports _ast
void kr_ast_state_fini(KrThread *ts, KrAstState *st);
KrObject *kr_ast_state_name(KrThread *ts, KrAstState *st, int row); // borrowed

// Krait's AST -> a new ast.mod object (ast_to_py.c).
KrObject *kr_ast_to_py(KrThread *ts, KrAstState *st, KrModule *mod);
// An ast.mod object -> Krait's AST in `arena`, with CPython's checks (ast_from_py.c).
// `mode` is what compile() was asked for.
KrModule *kr_ast_from_py(KrThread *ts, KrAstState *st, KrArena *arena, KrObject *tree, KrParseMode mode);

// CPython's checks of a node just made from Python (ast_validate.c): what the
// parser never makes but a tree may hold. `ctx` is the context it must have.
int kr_ast_validate(KrThread *ts, KrAstKind kind, int row, const void *node, int ctx);

// For compile(): whether o is an ast.AST; the tree of `source` (PyCF_ONLY_AST);
// the code object of tree `tree`.
bool kr_ast_module_check(KrObject *o);
KrObject *kr_ast_module_parse(KrThread *ts, const char *source, size_t len, const char *filename,
                              KrParseMode mode);
KrObject *kr_ast_module_compile(KrThread *ts, KrObject *tree, const char *filename, KrParseMode mode,
                                int optimize);

extern KrType kr_ast_type;

#endif
