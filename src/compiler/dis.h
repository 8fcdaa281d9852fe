// SPDX-License-Identifier: MIT
// The disassembler: decodes code objects for the `dis` module and `krait -X dis`.
#ifndef KR_DIS_H
#define KR_DIS_H

#include "../object/code.h"

// Offsets are in bytes, as CPython's dis shows them: an instruction word is 4
// bytes, so the instruction at index i is at offset 4 * i (also co_lines()).
#define KR_DIS_UNIT 4

// One decoded instruction.
typedef struct KrDisInstr {
    int op, arg;
    bool has_arg;        // the opcode takes an operand (its kind is not NONE)
    int offset;          // byte offset
    int starts_line;     // the source line this instruction starts, -1 if none
    bool is_jump_target; // a jump or an exception handler lands here
    KrPosition pos;
} KrDisInstr;

// True when `op` takes an operand (dis shows it; stack_effect requires it).
bool kr_dis_has_arg(int op);

// Decodes the co->ncode instructions of `co` into an array from kr_mem_alloc
// (free it with kr_mem_free). NULL with MemoryError set on failure.
KrDisInstr *kr_dis_decode(KrThread *ts, KrCode *co);

// The value of an instruction's operand, as dis.Instruction.argval (the
// constant, the name, the jump target's offset, the comparison, or the number).
KrObject *kr_dis_argval(KrThread *ts, KrCode *co, const KrDisInstr *in);
// Its readable form, as dis.Instruction.argrepr (a str, possibly empty).
KrObject *kr_dis_argrepr(KrThread *ts, KrCode *co, const KrDisInstr *in);

// The text listing of `co` in the layout of CPython's dis.dis(): line,
// jump-target marker, byte offset, opcode name, operand and its meaning, then
// the exception table; then, `depth` levels deep (-1: all), the listing of each
// code object among its constants. Returns a new str, NULL with an exception set.
KrObject *kr_dis_code(KrThread *ts, KrCode *co, int depth);

#endif
