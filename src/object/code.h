// SPDX-License-Identifier: MIT
// Code objects: compiled bytecode plus everything the eval loop needs to run it.
#ifndef KR_CODE_H
#define KR_CODE_H

#include "object.h"

// Opcodes, from the X-macro table.
typedef enum {
#define OP(name, arg, effect, jeffect) KR_OP_##name,
#include "../compiler/opcodes.def"
#undef OP
    KR_OP_COUNT
} KrOpcode;

#define KR_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define KR_INSTR_OP(w) ((w) & 0xFF)
#define KR_INSTR_ARG(w) ((w) >> 8)
#define KR_MAX_OPARG 0xFFFFFF

// co_flags, with CPython's values.
enum {
    KR_CO_OPTIMIZED = 0x0001,
    KR_CO_NEWLOCALS = 0x0002,
    KR_CO_VARARGS = 0x0004,
    KR_CO_VARKEYWORDS = 0x0008,
    KR_CO_NESTED = 0x0010,
    KR_CO_GENERATOR = 0x0020,
    KR_CO_NOFREE = 0x0040,
    KR_CO_COROUTINE = 0x0080,
    KR_CO_ITERABLE_COROUTINE = 0x0100,
    KR_CO_ASYNC_GENERATOR = 0x0200,
};

// One entry of the zero-cost exception table: an exception raised by an
// instruction in [start, end) pops the value stack down to `depth` items,
// pushes the index of the raising instruction if `lasti`, pushes the
// exception, and jumps to `handler`. Entries are searched in order; the
// compiler emits inner ranges before outer ones.
typedef struct KrExcEntry {
    int32_t start, end, handler, depth;
    int32_t lasti;
} KrExcEntry;

// Source position of one instruction (columns are 0-based UTF-8 byte offsets, -1 unknown).
typedef struct KrPosition {
    int32_t line, end_line, col, end_col;
} KrPosition;

typedef struct KrCode {
    KrObject base;
    uint32_t *code;          // instruction words
    int32_t ncode;
    // The compact location table (see kr_code_encode_positions): read it with
    // kr_code_position or a KrPosIter, never directly.
    uint8_t *linetable;
    int32_t nlinetable;
    KrExcEntry *exctab;
    int32_t nexc;

    KrObject *consts;        // tuple
    KrObject *names;         // tuple of str: globals, attributes, imports
    KrObject *varnames;      // tuple of str: locals, parameters first
    KrObject *cellvars;      // tuple of str: locals captured by inner functions
    KrObject *freevars;      // tuple of str: variables captured from outer functions
    int32_t *cell2arg;       // for each cellvar, the parameter it starts from, or -1 (NULL: none)

    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals;             // len(varnames)
    int ncells;              // len(cellvars) + len(freevars)
    int stacksize;
    int flags;
    int firstlineno;
    KrObject *name, *qualname, *filename;
    KrAttrCache *attr_cache; // len(names) entries, made by the first attribute opcode (ops.c)
} KrCode;

extern KrType kr_code_type;

// Creates a code object; takes new references to the tuples/strs it is given,
// and takes ownership of the malloc'd (kr_mem_alloc) arrays.
KrCode *kr_code_new(KrThread *ts, const KrCode *fields);
// Line of the instruction at index i (-1 if unknown).
int kr_code_line(const KrCode *co, int i);
// Source position of the instruction at index i; false (and all fields -1)
// when i is out of range or the position is unknown. Decoding walks the table
// from the start, so loops over every instruction use a KrPosIter instead.
bool kr_code_position(const KrCode *co, int i, KrPosition *pos);

// The location table. Runs of instructions sharing one position form an entry:
//   varint count       instructions covered (>= 1)
//   svarint dline      line - the previous entry's line (the first: - co_firstlineno)
//   svarint dend       end_line - line
//   varint col + 1     0: unknown
//   varint end_col + 1 0: unknown
// (varint: 7 bits a byte, low first, high bit = more; svarint: zigzag then varint),
// so a typical instruction costs 5 bytes or less against 16 for a KrPosition, as
// CPython's co_linetable does with its own (different) format.
uint8_t *kr_code_encode_positions(KrThread *ts, const KrPosition *pos, int n, int firstlineno, int32_t *len);

// Walks the positions of the instructions of one code object in order.
typedef struct KrPosIter {
    const uint8_t *p, *end;
    int left;         // instructions still covered by the current entry
    KrPosition pos;   // the current entry's position
} KrPosIter;
void kr_code_pos_start(const KrCode *co, KrPosIter *it);
// Position of the next instruction; false (and -1 fields) past the table's end.
bool kr_code_pos_next(KrPosIter *it, KrPosition *pos);

// Name, operand kind and stack effects of each opcode, from opcodes.def.
extern const char *const kr_opcode_names[KR_OP_COUNT];
int kr_opcode_stack_effect(int op, int oparg, bool jump);

#endif
