// SPDX-License-Identifier: MIT
// The disassembler: code object -> readable listing.
#include "dis.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/str.h"
#include "../vm/vm.h"

typedef enum { K_NONE, K_CONST, K_NAME, K_LOCAL, K_CELL, K_JUMP, K_COUNT, K_CMP, K_BINOP, K_FLAGS } OperandKind;

static const unsigned char operand_kinds[KR_OP_COUNT] = {
#define OP(name, arg, effect, jeffect) K_##arg,
#include "opcodes.def"
#undef OP
};

static const char *const binop_symbols[KR_BINOP_COUNT] = {
#define X(name, sym, d, rd, id) sym,
    KR_BINOPS(X)
#undef X
};

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static void add_fmt(KrThread *ts, KrStrBuilder *sb, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void add_fmt(KrThread *ts, KrStrBuilder *sb, const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    kr_sb_add_cstr(ts, sb, buf);
}

static void add_repr(KrThread *ts, KrStrBuilder *sb, KrObject *o) {
    KrObject *r = kr_repr(ts, o);
    if (r) {
        kr_sb_add_str(ts, sb, r);
        KR_DECREF(ts, r);
    } else {
        sb->failed = true;
    }
}

static void add_tuple_item(KrThread *ts, KrStrBuilder *sb, KrObject *t, int i, bool repr) {
    if (t && i >= 0 && i < KR_TUPLE_SIZE(t)) {
        if (repr) {
            add_repr(ts, sb, KR_TUPLE_GET(t, i));
        } else {
            kr_sb_add_str(ts, sb, KR_TUPLE_GET(t, i));
        }
    } else {
        kr_sb_add_cstr(ts, sb, "<?>");
    }
}

static void dis_one(KrThread *ts, KrStrBuilder *sb, KrCode *co) {
    bool *target = kr_mem_alloc(ts, (size_t)co->ncode + 1);
    if (!target) {
        sb->failed = true;
        return;
    }
    memset(target, 0, (size_t)co->ncode + 1);
    for (int i = 0; i < co->ncode; i++) {
        int op = KR_INSTR_OP(co->code[i]);
        int arg = (int)KR_INSTR_ARG(co->code[i]);
        if (op < KR_OP_COUNT && operand_kinds[op] == K_JUMP && arg <= co->ncode) {
            target[arg] = true;
        }
    }
    for (int i = 0; i < co->nexc; i++) {
        if (co->exctab[i].handler <= co->ncode) {
            target[co->exctab[i].handler] = true;
        }
    }
    int last_line = -2;
    int ncellvars = (int)KR_TUPLE_SIZE(co->cellvars);
    for (int i = 0; i < co->ncode && !sb->failed; i++) {
        int op = KR_INSTR_OP(co->code[i]);
        int arg = (int)KR_INSTR_ARG(co->code[i]);
        int line = kr_code_line(co, i);
        if (line != last_line) {
            if (i > 0) {
                kr_sb_add_cstr(ts, sb, "\n");
            }
            add_fmt(ts, sb, "%4d", line);
            last_line = line;
        } else {
            kr_sb_add_cstr(ts, sb, "    ");
        }
        add_fmt(ts, sb, "    %s %5d ", target[i] ? ">>" : "  ", i);
        if (op >= KR_OP_COUNT) {
            add_fmt(ts, sb, "<%d> %d\n", op, arg);
            continue;
        }
        OperandKind kind = (OperandKind)operand_kinds[op];
        if (kind == K_NONE) {
            add_fmt(ts, sb, "%s\n", kr_opcode_names[op]);
            continue;
        }
        add_fmt(ts, sb, "%-24s %4d", kr_opcode_names[op], arg);
        switch (kind) {
        case K_CONST:
            kr_sb_add_cstr(ts, sb, " (");
            add_tuple_item(ts, sb, co->consts, arg, true);
            kr_sb_add_cstr(ts, sb, ")");
            break;
        case K_NAME:
            kr_sb_add_cstr(ts, sb, " (");
            add_tuple_item(ts, sb, co->names, arg, false);
            kr_sb_add_cstr(ts, sb, ")");
            break;
        case K_LOCAL:
            kr_sb_add_cstr(ts, sb, " (");
            add_tuple_item(ts, sb, co->varnames, arg, false);
            kr_sb_add_cstr(ts, sb, ")");
            break;
        case K_CELL:
            kr_sb_add_cstr(ts, sb, " (");
            if (arg < ncellvars) {
                add_tuple_item(ts, sb, co->cellvars, arg, false);
            } else {
                add_tuple_item(ts, sb, co->freevars, arg - ncellvars, false);
            }
            kr_sb_add_cstr(ts, sb, ")");
            break;
        case K_JUMP:
            add_fmt(ts, sb, " (to %d)", arg);
            break;
        case K_CMP:
            if (arg >= 0 && arg < 6) {
                add_fmt(ts, sb, " (%s)", cmp_symbols[arg]);
            }
            break;
        case K_BINOP:
            if (arg < KR_BINOP_COUNT) {
                add_fmt(ts, sb, " (%s)", binop_symbols[arg]);
            } else if (arg < 2 * KR_BINOP_COUNT) {
                add_fmt(ts, sb, " (%s=)", binop_symbols[arg - KR_BINOP_COUNT]);
            }
            break;
        default:
            break;
        }
        kr_sb_add_cstr(ts, sb, "\n");
    }
    kr_mem_free(ts, target);
    if (co->nexc) {
        kr_sb_add_cstr(ts, sb, "ExceptionTable:\n");
        for (int i = 0; i < co->nexc; i++) {
            KrExcEntry *e = &co->exctab[i];
            add_fmt(ts, sb, "  %d to %d -> %d [%d]%s\n", (int)e->start, (int)e->end - 1, (int)e->handler,
                    (int)e->depth, e->lasti ? " lasti" : "");
        }
    }
}

static void dis_rec(KrThread *ts, KrStrBuilder *sb, KrCode *co, bool header) {
    if (header) {
        kr_sb_add_cstr(ts, sb, "\nDisassembly of ");
        add_repr(ts, sb, (KrObject *)co);
        kr_sb_add_cstr(ts, sb, ":\n");
    }
    dis_one(ts, sb, co);
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(co->consts) && !sb->failed; i++) {
        KrObject *k = KR_TUPLE_GET(co->consts, i);
        if (KR_TYPE(k) == &kr_code_type) {
            dis_rec(ts, sb, (KrCode *)k, true);
        }
    }
}

KrObject *kr_dis_code(KrThread *ts, KrCode *co) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    dis_rec(ts, &sb, co, false);
    if (sb.failed) {
        kr_sb_discard(ts, &sb);
        if (!kr_err_occurred(ts)) {
            kr_err_no_memory(ts);
        }
        return NULL;
    }
    return kr_sb_finish(ts, &sb);
}
