// SPDX-License-Identifier: MIT
// Creation functions of the builtin C modules listed in modules.def.
#ifndef KR_MODULES_H
#define KR_MODULES_H

#include "../object/object.h"

#define MODULE(name, create) KrObject *create(KrThread *ts);
#include "modules.def"
#undef MODULE

// The calling frame's local namespace (a new dict snapshot for a function's
// fast locals), or None outside any frame: locals(), vars() and dir().
KrObject *kr_builtins_exec_locals(KrThread *ts);
// Adds help() to the builtins namespace (builtins_help.c).
int kr_builtins_add_help(KrThread *ts, KrObject *builtins);

// builtins.open, which is _io.open (module/io_module.c).
KrObject *kr_builtins_open(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames);

#endif
