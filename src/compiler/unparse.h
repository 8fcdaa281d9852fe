// SPDX-License-Identifier: MIT
// Expression AST to source text (unparse.c).
#ifndef KR_UNPARSE_H
#define KR_UNPARSE_H

#include "ast.h"

// The text of annotation `e` as `from __future__ import annotations` stores
// it (CPython's unparser: normalized spacing, minimal parentheses); a new
// str, NULL on MemoryError. *forbidden: the first yield, await or named
// expression inside (which the annotations future refuses), else NULL.
KrObject *kr_unparse_annotation(KrThread *ts, KrExpr *e, KrExpr **forbidden);

#endif
