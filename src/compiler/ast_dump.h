// SPDX-License-Identifier: MIT
// Debug dump of an AST as CPython's ast.dump(tree) prints it.
#ifndef KR_AST_DUMP_H
#define KR_AST_DUMP_H

#include "ast.h"

// Returns a new str with the dump, or NULL with an exception set.
KrObject *kr_ast_dump(KrThread *ts, KrModule *m);

#endif
