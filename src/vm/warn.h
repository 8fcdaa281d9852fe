// SPDX-License-Identifier: MIT
// The warnings machinery (CPython's Python/_warnings.c): filters, registries
// and the default display, shared by the _warnings module and the C code that
// warns (the compiler's SyntaxWarnings, "coroutine ... was never awaited").
#ifndef KR_WARN_H
#define KR_WARN_H

#include "vm.h"

// Creates the interpreter's filters (CPython's defaults for a release build),
// the once-registry and the default action.
int kr_warn_init(KrThread *ts);
void kr_warn_fini(KrThread *ts);

// warnings.warn(message, category, stacklevel): message is a str or a Warning
// instance; category NULL means UserWarning (or the instance's class).
// Returns -1 when the warning became an exception (or on error).
int kr_warn_object(KrThread *ts, KrObject *category, KrObject *message, intptr_t stacklevel, KrObject *source);

// warnings.warn_explicit(...). module and registry may be NULL (or None).
int kr_warn_explicit_object(KrThread *ts, KrObject *category, KrObject *message, KrObject *filename, int lineno,
                            KrObject *module, KrObject *registry, KrObject *source);

#endif
