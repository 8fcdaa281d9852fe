// SPDX-License-Identifier: MIT
// The disassembler: code object -> decoded instructions and CPython's dis listing.
#include "dis.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/int.h"
#include "../object/singletons.h"
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

// CPython's widths: dis._OPNAME_WIDTH and dis._OPARG_WIDTH.
#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

bool kr_dis_has_arg(int op) {
    return op >= 0 && op < KR_OP_COUNT && operand_kinds[op] != K_NONE;
}

KrDisInstr *kr_dis_decode(KrThread *ts, KrCode *co) {
    KrDisInstr *out = kr_mem_alloc(ts, sizeof(KrDisInstr) * (size_t)(co->ncode ? co->ncode : 1));
    if (!out) {
        return NULL;
    }
    memset(out, 0, sizeof(KrDisInstr) * (size_t)(co->ncode ? co->ncode : 1));
    KrPosIter it;
    kr_code_pos_start(co, &it);
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        KrDisInstr *in = &out[i];
        in->op = (int)KR_INSTR_OP(co->code[i]);
        in->arg = (int)KR_INSTR_ARG(co->code[i]);
        in->has_arg = kr_dis_has_arg(in->op);
        in->offset = i * KR_DIS_UNIT;
        kr_code_pos_next(&it, &in->pos);
        // As dis.findlinestarts: a known line different from the last one.
        in->starts_line = -1;
        if (in->pos.line >= 0 && in->pos.line != last_line) {
            in->starts_line = in->pos.line;
            last_line = in->pos.line;
        }
    }
    for (int i = 0; i < co->ncode; i++) {
        if (out[i].op < KR_OP_COUNT && operand_kinds[out[i].op] == K_JUMP && out[i].arg < co->ncode) {
            out[out[i].arg].is_jump_target = true;
        }
    }
    for (int i = 0; i < co->nexc; i++) {
        if (co->exctab[i].handler >= 0 && co->exctab[i].handler < co->ncode) {
            out[co->exctab[i].handler].is_jump_target = true;
        }
    }
    return out;
}

// Item i of a tuple of names or constants, or NULL when out of range (a
// code object built by replace() or by hand may not cover its operands).
static KrObject *tuple_item(KrObject *t, int i) {
    return t && i >= 0 && i < KR_TUPLE_SIZE(t) ? KR_TUPLE_GET(t, i) : NULL;
}

static KrObject *cell_name(KrCode *co, int arg) {
    int ncellvars = (int)KR_TUPLE_SIZE(co->cellvars);
    return arg < ncellvars ? tuple_item(co->cellvars, arg) : tuple_item(co->freevars, arg - ncellvars);
}

// The object an operand names (constant, name), or NULL if it has none.
static KrObject *operand_object(KrCode *co, int kind, int arg) {
    switch (kind) {
    case K_CONST:
        return tuple_item(co->consts, arg);
    case K_NAME:
        return tuple_item(co->names, arg);
    case K_LOCAL:
        return tuple_item(co->varnames, arg);
    case K_CELL:
        return cell_name(co, arg);
    default:
        return NULL;
    }
}

KrObject *kr_dis_argval(KrThread *ts, KrCode *co, const KrDisInstr *in) {
    if (!in->has_arg) {
        KR_RETURN_NONE;
    }
    int kind = operand_kinds[in->op];
    KrObject *o = operand_object(co, kind, in->arg);
    if (o) {
        return KR_INCREF(o);
    }
    if (kind == K_JUMP) {
        return kr_int_from_i64(ts, (int64_t)in->arg * KR_DIS_UNIT);
    }
    if (kind == K_CMP && in->arg < 6) {
        return kr_str_from_cstr(ts, cmp_symbols[in->arg]);
    }
    return kr_int_from_i64(ts, in->arg);
}

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

// Appends an instruction's argrepr (nothing for operands without a meaning).
static void add_argrepr(KrThread *ts, KrStrBuilder *sb, KrCode *co, const KrDisInstr *in) {
    if (!in->has_arg) {
        return;
    }
    int kind = operand_kinds[in->op];
    int arg = in->arg;
    KrObject *o = operand_object(co, kind, arg);
    switch (kind) {
    case K_CONST:
        if (o) {
            add_repr(ts, sb, o);
        }
        return;
    case K_NAME:
    case K_LOCAL:
    case K_CELL:
        if (o) {
            kr_sb_add_str(ts, sb, o);
        }
        return;
    case K_JUMP:
        add_fmt(ts, sb, "to %d", arg * KR_DIS_UNIT);
        return;
    case K_CMP:
        if (arg < 6) {
            kr_sb_add_cstr(ts, sb, cmp_symbols[arg]);
        }
        return;
    case K_BINOP:
        if (arg < KR_BINOP_COUNT) {
            kr_sb_add_cstr(ts, sb, binop_symbols[arg]);
        } else if (arg < 2 * KR_BINOP_COUNT) {
            add_fmt(ts, sb, "%s=", binop_symbols[arg - KR_BINOP_COUNT]);
        }
        return;
    default:
        break;
    }
    if (in->op == KR_OP_FORMAT_VALUE) {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        kr_sb_add_cstr(ts, sb, conv[arg & 3]);
        if (arg & 4) {
            kr_sb_add_cstr(ts, sb, (arg & 3) ? ", with format" : "with format");
        }
    } else if (in->op == KR_OP_MAKE_FUNCTION) {
        static const char *const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
        bool first = true;
        for (int i = 0; i < 4; i++) {
            if (arg & (1 << i)) {
                kr_sb_add_cstr(ts, sb, first ? "" : ", ");
                kr_sb_add_cstr(ts, sb, flags[i]);
                first = false;
            }
        }
    }
}

static KrObject *finish(KrThread *ts, KrStrBuilder *sb) {
    if (sb->failed) {
        kr_sb_discard(ts, sb);
        if (!kr_err_occurred(ts)) {
            kr_err_no_memory(ts);
        }
        return NULL;
    }
    return kr_sb_finish(ts, sb);
}

KrObject *kr_dis_argrepr(KrThread *ts, KrCode *co, const KrDisInstr *in) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    add_argrepr(ts, &sb, co, in);
    return finish(ts, &sb);
}

static int decimal_width(int v) {
    int w = 1;
    while (v >= 10) {
        v /= 10;
        w++;
    }
    return w;
}

// One code object, as dis.disassemble (CPython's Instruction._disassemble).
static void dis_one(KrThread *ts, KrStrBuilder *sb, KrCode *co) {
    KrDisInstr *ins = kr_dis_decode(ts, co);
    if (!ins) {
        sb->failed = true;
        return;
    }
    int maxline = -1;
    for (int i = 0; i < co->ncode; i++) {
        maxline = ins[i].starts_line > maxline ? ins[i].starts_line : maxline;
    }
    int lineno_width = maxline < 0 ? 0 : maxline >= 1000 ? decimal_width(maxline) : 3;
    int maxoffset = (co->ncode - 1) * KR_DIS_UNIT;
    int offset_width = maxoffset >= 10000 ? decimal_width(maxoffset) : 4;
    for (int i = 0; i < co->ncode && !sb->failed; i++) {
        KrDisInstr *in = &ins[i];
        if (lineno_width && in->starts_line >= 0 && in->offset > 0) {
            kr_sb_add_cstr(ts, sb, "\n");
        }
        // The fields are joined by one space, and the line is right-stripped.
        KrStrBuilder line;
        kr_sb_init(&line);
        if (lineno_width) {
            if (in->starts_line >= 0) {
                add_fmt(ts, &line, "%*d ", lineno_width, in->starts_line);
            } else {
                add_fmt(ts, &line, "%*s ", lineno_width, "");
            }
        }
        add_fmt(ts, &line, "    %s %*d ", in->is_jump_target ? ">>" : "  ", offset_width, in->offset);
        if (in->op < KR_OP_COUNT) {
            add_fmt(ts, &line, "%-*s", OPNAME_WIDTH, kr_opcode_names[in->op]);
        } else {
            add_fmt(ts, &line, "<%-*d>", OPNAME_WIDTH - 2, in->op);
        }
        if (in->has_arg) {
            add_fmt(ts, &line, " %*d", OPARG_WIDTH, in->arg);
            KrStrBuilder r;
            kr_sb_init(&r);
            add_argrepr(ts, &r, co, in);
            if (r.failed) {
                line.failed = true;
            }
            KrObject *rs = finish(ts, &r);
            if (rs && KR_STR_LEN(rs) > 0) {
                kr_sb_add_cstr(ts, &line, " (");
                kr_sb_add_str(ts, &line, rs);
                kr_sb_add_cstr(ts, &line, ")");
            }
            KR_XDECREF(ts, rs);
        }
        KrObject *text = finish(ts, &line);
        if (!text) {
            sb->failed = true;
            break;
        }
        size_t n;
        const char *u = kr_str_utf8(ts, text, &n);
        while (u && n > 0 && u[n - 1] == ' ') {
            n--;
        }
        if (u) {
            kr_sb_add_utf8(ts, sb, u, n);
            kr_sb_add_cstr(ts, sb, "\n");
        } else {
            sb->failed = true;
        }
        KR_DECREF(ts, text);
    }
    kr_mem_free(ts, ins);
    if (co->nexc && !sb->failed) {
        kr_sb_add_cstr(ts, sb, "ExceptionTable:\n");
        for (int i = 0; i < co->nexc; i++) {
            KrExcEntry *e = &co->exctab[i];
            add_fmt(ts, sb, "  %d to %d -> %d [%d]%s\n", (int)e->start * KR_DIS_UNIT,
                    ((int)e->end - 1) * KR_DIS_UNIT, (int)e->handler * KR_DIS_UNIT, (int)e->depth,
                    e->lasti ? " lasti" : "");
        }
    }
}

// As dis._disassemble_recursive.
static void dis_rec(KrThread *ts, KrStrBuilder *sb, KrCode *co, int depth) {
    dis_one(ts, sb, co);
    if (depth == 0) {
        return;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(co->consts) && !sb->failed; i++) {
        KrObject *k = KR_TUPLE_GET(co->consts, i);
        if (KR_TYPE(k) == &kr_code_type) {
            kr_sb_add_cstr(ts, sb, "\nDisassembly of ");
            add_repr(ts, sb, k);
            kr_sb_add_cstr(ts, sb, ":\n");
            dis_rec(ts, sb, (KrCode *)k, depth < 0 ? depth : depth - 1);
        }
    }
}

KrObject *kr_dis_code(KrThread *ts, KrCode *co, int depth) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    dis_rec(ts, &sb, co, depth);
    return finish(ts, &sb);
}
