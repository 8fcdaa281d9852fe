// SPDX-License-Identifier: MIT
// The symbol table: which scope each name of each block belongs to (local,
// global, free, cell), computed from the AST before code generation.
#ifndef KR_SYMTABLE_H
#define KR_SYMTABLE_H

#include "ast.h"

// A small open-addressing map from NUL-terminated strings to ints. The keys
// are borrowed (they live in the AST arena or in the symbol table's pool).
typedef struct KrNameMap {
    const char **keys;
    int *vals;
    int cap, count;
} KrNameMap;

int kr_symtable_map_get(const KrNameMap *m, const char *key); // -1 when missing
int kr_symtable_map_put(KrThread *ts, KrNameMap *m, const char *key, int val); // -1 + MemoryError
void kr_symtable_map_free(KrThread *ts, KrNameMap *m);

// How a name is used in a block (CPython's DEF_* flags).
enum {
    KR_DEF_GLOBAL = 1,
    KR_DEF_LOCAL = 2,
    KR_DEF_PARAM = 4,
    KR_DEF_NONLOCAL = 8,
    KR_DEF_USE = 16,
    KR_DEF_FREE_CLASS = 64, // free in a method, bound in the class body
    KR_DEF_IMPORT = 128,
    KR_DEF_ANNOT = 256,
    KR_DEF_COMP_ITER = 512,
};
#define KR_DEF_BOUND (KR_DEF_LOCAL | KR_DEF_PARAM | KR_DEF_IMPORT)

// The resolved scope of a name (0: the name does not occur in the block).
enum {
    KR_SCOPE_LOCAL = 1,
    KR_SCOPE_GLOBAL_EXPLICIT,
    KR_SCOPE_GLOBAL_IMPLICIT,
    KR_SCOPE_FREE,
    KR_SCOPE_CELL,
};

typedef enum { KR_BLOCK_FUNCTION, KR_BLOCK_CLASS, KR_BLOCK_MODULE } KrBlockType;

typedef struct KrSymbol {
    const char *name; // mangled
    int flags;
    int scope;
    KrLoc directive;  // where a global/nonlocal statement named it (for late errors)
} KrSymbol;

// One block: module, class body, function, lambda or comprehension.
typedef struct KrSymEntry {
    KrBlockType type;
    const char *name;
    const void *key;          // the AST node that opened the block
    KrLoc loc;
    struct KrSymEntry *parent;
    KrSymbol *syms;
    int nsyms, capsyms;
    KrNameMap index;          // name -> index into syms
    const char **params;      // parameter names in co_varnames order
    int nparams, capparams;
    struct KrSymEntry **children;
    int nchildren, capchildren;
    int comprehension;        // 0, or the KR_EXPR_* kind of the comprehension
    int comp_iter_target;     // visiting the target of a comprehension's `for`
    int comp_iter_expr;       // visiting the iterable of a comprehension's `for`
    bool nested, generator, coroutine, varargs, varkeywords;
    bool free, child_free, needs_class_closure, returns_value;
} KrSymEntry;

typedef struct KrSymPool KrSymPool;

typedef struct KrSymtable {
    KrThread *ts;
    const char *filename;
    const char *source;       // may be NULL: only used for the text of SyntaxErrors
    KrSymEntry *top, *cur;
    const char *private_;     // the enclosing class name, for name mangling
    KrSymPool *pool;          // strings made by mangling
    KrSymEntry **all;         // every entry, for freeing
    int nall, capall;
} KrSymtable;

// Builds the table for a parsed module; NULL with SyntaxError (or MemoryError) set.
KrSymtable *kr_symtable_build(KrThread *ts, KrModule *mod, const char *filename, const char *source);
void kr_symtable_free(KrThread *ts, KrSymtable *st);
// The child block opened by AST node `key` (a statement or expression), or NULL.
KrSymEntry *kr_symtable_child(const KrSymEntry *ste, const void *key);
int kr_symtable_scope(const KrSymEntry *ste, const char *name); // KR_SCOPE_* or 0
int kr_symtable_flags(const KrSymEntry *ste, const char *name); // KR_DEF_* or 0
// Private name mangling (`__x` in class C -> `_C__x`); returns `name` itself
// when no mangling applies, NULL with MemoryError set on failure.
const char *kr_symtable_mangle(KrSymtable *st, const char *private_, const char *name);
// A copy of `len` bytes of s (s NULL: uninitialized) kept until the table is
// freed, NUL-terminated; NULL + MemoryError.
char *kr_symtable_strdup(KrSymtable *st, const char *s, size_t len);
// Raises SyntaxError(msg) at loc, with the source line as text when `source` is known.
void kr_symtable_raise(KrThread *ts, const char *filename, const char *source, KrLoc loc, const char *msg);

#endif
