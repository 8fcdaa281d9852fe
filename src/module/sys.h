// SPDX-License-Identifier: MIT
// The static types the sys module defines, for registration with the VM.
#ifndef KR_SYS_H
#define KR_SYS_H

#include "../object/object.h"

// sys.stdin / sys.stdout / sys.stderr: a minimal text stream over the VM's
// output callbacks and readline hook (Python name "_io.TextIOWrapper").
extern KrType kr_std_stream_type;

// The type of sys.version_info: a tuple subclass with named fields
// (Python name "sys.version_info").
extern KrType kr_version_info_type;

// sys_hooks.c: displayhook, breakpointhook, audit hooks, async generator hooks,
// the switch interval and the other runtime controls, and the struct sequence
// types of sys.get_asyncgen_hooks() and sys.thread_info.
extern const KrMethodDef kr_sys_hook_functions[];
extern KrType kr_asyncgen_hooks_type, kr_thread_info_type;
KrObject *kr_sys_thread_info(KrThread *ts);
// An argument CPython converts to a C int: o.__index__() in int range, else
// TypeError / OverflowError "Python int too large to convert to C int".
int kr_sys_int_arg(KrThread *ts, KrObject *o, int *out);

#endif
