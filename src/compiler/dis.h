// SPDX-License-Identifier: MIT
// A disassembler for code objects (debugging, tests, a future `dis` module).
#ifndef KR_DIS_H
#define KR_DIS_H

#include "../object/code.h"

// The text listing of `co` and, after it, of every code object in its
// constants (recursively), in the layout of CPython's dis.dis(): line,
// jump-target marker, instruction index, opcode name, operand and its meaning,
// then the exception table. Returns a new str, NULL with an exception set.
KrObject *kr_dis_code(KrThread *ts, KrCode *co);

#endif
