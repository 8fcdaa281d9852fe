// SPDX-License-Identifier: MIT
// The code object type, and the opcode name / stack-effect tables from opcodes.def.
#include "code.h"

#include <string.h>

#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../base/siphash.h"

// ---- opcode tables -------------------------------------------------------------

const char *const kr_opcode_names[KR_OP_COUNT] = {
#define OP(name, arg, effect, jeffect) #name,
#include "../compiler/opcodes.def"
#undef OP
};

int kr_opcode_stack_effect(int op, int oparg, bool jump) {
    switch (op) {
#define OP(name, arg, effect, jeffect) \
    case KR_OP_##name:                 \
        return jump ? (jeffect) : (effect);
#include "../compiler/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

// ---- construction ------------------------------------------------------------------

// As CPython, string constants that look like identifiers are interned, so
// `a = "hello"` and an attribute named hello share one object.
static bool all_name_chars(KrThread *ts, KrObject *s) {
    size_t n;
    const char *p = kr_str_utf8(ts, s, &n);
    if (!p) {
        kr_err_clear(ts);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
    }
    return true;
}

static void intern_constants(KrThread *ts, KrObject *tuple) {
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(tuple); i++) {
        KrObject *v = KR_TUPLE_GET(tuple, i);
        if (KR_TYPE(v) == &kr_str_type && all_name_chars(ts, v)) {
            KrObject *interned = kr_str_intern(ts, KR_INCREF(v));
            if (!interned) {
                kr_err_clear(ts);
                continue;
            }
            KR_TUPLE_ITEMS(tuple)[i] = interned;
            KR_DECREF(ts, v);
        } else if (KR_TYPE(v) == &kr_tuple_type) {
            intern_constants(ts, v);
        }
    }
}

KrCode *kr_code_new(KrThread *ts, const KrCode *fields) {
    KrCode *co = (KrCode *)kr_object_alloc(ts, &kr_code_type, sizeof(KrCode));
    if (!co) {
        return NULL;
    }
    KrObject base = co->base;
    *co = *fields;
    co->base = base;
    co->attr_cache = NULL;
    intern_constants(ts, co->consts);
    KR_INCREF(co->consts);
    KR_INCREF(co->names);
    KR_INCREF(co->varnames);
    KR_INCREF(co->cellvars);
    KR_INCREF(co->freevars);
    KR_INCREF(co->name);
    KR_INCREF(co->qualname);
    KR_INCREF(co->filename);
    co->nlocals = (int)KR_TUPLE_SIZE(co->varnames);
    co->ncells = (int)(KR_TUPLE_SIZE(co->cellvars) + KR_TUPLE_SIZE(co->freevars));
    return co;
}

// ---- the location table ------------------------------------------------------------

static int put_varint(uint8_t *out, uint32_t v) {
    int n = 0;
    while (v >= 0x80) {
        out[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[n++] = (uint8_t)v;
    return n;
}

static int put_svarint(uint8_t *out, int64_t v) {
    // Zigzag keeps small negative deltas (a line going back) in one byte.
    uint32_t z = v < 0 ? (uint32_t)((-v) * 2 - 1) : (uint32_t)(v * 2);
    return put_varint(out, z);
}

static bool same_pos(const KrPosition *a, const KrPosition *b) {
    return a->line == b->line && a->end_line == b->end_line && a->col == b->col && a->end_col == b->end_col;
}

uint8_t *kr_code_encode_positions(KrThread *ts, const KrPosition *pos, int n, int firstlineno, int32_t *len) {
    // An entry is at most 5 varints of 5 bytes.
    uint8_t *buf = kr_mem_alloc(ts, (size_t)n * 25 + 1);
    if (!buf) {
        return NULL;
    }
    int32_t k = 0;
    int64_t prev_line = firstlineno;
    for (int i = 0; i < n;) {
        int run = 1;
        while (i + run < n && same_pos(&pos[i], &pos[i + run])) {
            run++;
        }
        const KrPosition *p = &pos[i];
        k += put_varint(buf + k, (uint32_t)run);
        k += put_svarint(buf + k, (int64_t)p->line - prev_line);
        k += put_svarint(buf + k, (int64_t)p->end_line - p->line);
        k += put_varint(buf + k, (uint32_t)(p->col + 1));
        k += put_varint(buf + k, (uint32_t)(p->end_col + 1));
        prev_line = p->line;
        i += run;
    }
    uint8_t *shrunk = kr_mem_realloc(ts, buf, (size_t)(k ? k : 1));
    *len = k;
    return shrunk ? shrunk : buf;
}

static uint32_t get_varint(KrPosIter *it) {
    uint32_t v = 0;
    int shift = 0;
    while (it->p < it->end) {
        uint8_t b = *it->p++;
        if (shift < 32) {
            v |= (uint32_t)(b & 0x7F) << shift;
        }
        shift += 7;
        if (!(b & 0x80)) {
            break;
        }
    }
    return v;
}

static int64_t get_svarint(KrPosIter *it) {
    uint32_t z = get_varint(it);
    return (z & 1) ? -(int64_t)((z + 1) >> 1) : (int64_t)(z >> 1);
}

void kr_code_pos_start(const KrCode *co, KrPosIter *it) {
    it->p = co->linetable;
    it->end = co->linetable ? co->linetable + co->nlinetable : NULL;
    it->left = 0;
    it->pos.line = co->firstlineno;
    it->pos.end_line = it->pos.col = it->pos.end_col = -1;
}

bool kr_code_pos_next(KrPosIter *it, KrPosition *pos) {
    if (it->left == 0) {
        if (!it->p || it->p >= it->end) {
            pos->line = pos->end_line = pos->col = pos->end_col = -1;
            return false;
        }
        it->left = (int)get_varint(it);
        int64_t line = it->pos.line + get_svarint(it);
        it->pos.line = (int32_t)line;
        it->pos.end_line = (int32_t)(line + get_svarint(it));
        it->pos.col = (int32_t)get_varint(it) - 1;
        it->pos.end_col = (int32_t)get_varint(it) - 1;
        if (it->left <= 0) {
            it->left = 1;
        }
    }
    it->left--;
    *pos = it->pos;
    return true;
}

bool kr_code_position(const KrCode *co, int i, KrPosition *pos) {
    pos->line = pos->end_line = pos->col = pos->end_col = -1;
    if (i < 0 || i >= co->ncode) {
        return false;
    }
    KrPosIter it;
    kr_code_pos_start(co, &it);
    // Skip whole entries first: only the count of each needs decoding.
    while (it.p && it.p < it.end) {
        const uint8_t *entry = it.p;
        int count = (int)get_varint(&it);
        if (count <= 0) {
            count = 1;
        }
        if (i < count) {
            it.p = entry;
            break;
        }
        i -= count;
        int64_t line = it.pos.line + get_svarint(&it);
        it.pos.line = (int32_t)line;
        get_svarint(&it);
        get_varint(&it);
        get_varint(&it);
    }
    return kr_code_pos_next(&it, pos) && pos->line >= 0;
}

int kr_code_line(const KrCode *co, int i) {
    KrPosition pos;
    kr_code_position(co, i, &pos);
    return pos.line;
}

// ---- slots ---------------------------------------------------------------------------

static void code_dealloc(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    kr_mem_free(ts, co->code);
    kr_mem_free(ts, co->linetable);
    kr_mem_free(ts, co->exctab);
    kr_mem_free(ts, co->cell2arg);
    kr_mem_free(ts, co->attr_cache);
    KR_XDECREF(ts, co->consts);
    KR_XDECREF(ts, co->names);
    KR_XDECREF(ts, co->varnames);
    KR_XDECREF(ts, co->cellvars);
    KR_XDECREF(ts, co->freevars);
    KR_XDECREF(ts, co->name);
    KR_XDECREF(ts, co->qualname);
    KR_XDECREF(ts, co->filename);
    kr_object_free(ts, o);
}

static KrObject *code_repr(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    return kr_str_from_format(ts, "<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                              co->filename, co->firstlineno);
}

// Constants compare by type as well as value, as CPython's _PyCode_ConstantKey:
// the code of `lambda: 0` differs from that of `lambda: 0.0` or `lambda: False`.
static int consts_equal(KrThread *ts, KrObject *a, KrObject *b) {
    if (a == b) {
        return 1;
    }
    if (KR_TYPE(a) != KR_TYPE(b)) {
        return 0;
    }
    if (KR_TYPE(a) == &kr_tuple_type) {
        if (KR_TUPLE_SIZE(a) != KR_TUPLE_SIZE(b)) {
            return 0;
        }
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(a); i++) {
            int r = consts_equal(ts, KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i));
            if (r <= 0) {
                return r;
            }
        }
        return 1;
    }
    return kr_equal(ts, a, b);
}

// As CPython's code_richcompare: the name, counts, flags, first line,
// instructions, constants, names, locations and exception table all agree.
static int code_equal(KrThread *ts, KrCode *a, KrCode *b) {
    if (a->argcount != b->argcount || a->posonlyargcount != b->posonlyargcount ||
        a->kwonlyargcount != b->kwonlyargcount || a->flags != b->flags || a->firstlineno != b->firstlineno ||
        a->ncode != b->ncode || a->nlinetable != b->nlinetable || a->nexc != b->nexc) {
        return 0;
    }
    if (memcmp(a->code, b->code, sizeof(uint32_t) * (size_t)a->ncode) != 0 ||
        (a->nlinetable && memcmp(a->linetable, b->linetable, (size_t)a->nlinetable) != 0) ||
        (a->nexc && memcmp(a->exctab, b->exctab, sizeof(KrExcEntry) * (size_t)a->nexc) != 0)) {
        return 0;
    }
    KrObject *pairs[][2] = {{a->name, b->name},         {a->names, b->names},       {a->varnames, b->varnames},
                            {a->freevars, b->freevars}, {a->cellvars, b->cellvars}};
    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        int r = kr_equal(ts, pairs[i][0], pairs[i][1]);
        if (r <= 0) {
            return r;
        }
    }
    return consts_equal(ts, a->consts, b->consts);
}

static KrObject *code_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(a) != &kr_code_type || KR_TYPE(b) != &kr_code_type) {
        return KR_NOTIMPL;
    }
    int r = code_equal(ts, (KrCode *)a, (KrCode *)b);
    if (r < 0) {
        return NULL;
    }
    return KR_INCREF(KR_BOOL((op == KR_EQ) == (r == 1)));
}

// Hashes only what equality compares exactly, so equal code objects hash alike.
static KrHash code_hash(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    KrObject *parts[] = {co->name, co->names, co->varnames, co->freevars, co->cellvars};
    uint64_t h = 0;
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
        KrHash hp = kr_hash(ts, parts[i]);
        if (hp == -1) {
            return -1;
        }
        h = h * 1000003u ^ (uint64_t)hp;
    }
    h = h * 1000003u ^ kr_siphash13(co->code, sizeof(uint32_t) * (size_t)co->ncode);
    h ^= (uint64_t)co->argcount + ((uint64_t)co->posonlyargcount << 8) + ((uint64_t)co->kwonlyargcount << 16) +
         ((uint64_t)(uint32_t)co->flags << 24) + ((uint64_t)(uint32_t)co->firstlineno << 32);
    KrHash r = (KrHash)(h >> 1);
    return r == -1 ? -2 : r;
}

// ---- attributes ------------------------------------------------------------------------

#define CODE_OBJ_GETTER(field)                                  \
    static KrObject *code_get_##field(KrThread *ts, KrObject *o) { \
        (void)ts;                                               \
        return KR_INCREF(((KrCode *)o)->field);                 \
    }
CODE_OBJ_GETTER(name)
CODE_OBJ_GETTER(qualname)
CODE_OBJ_GETTER(filename)
CODE_OBJ_GETTER(varnames)
CODE_OBJ_GETTER(names)
CODE_OBJ_GETTER(consts)
CODE_OBJ_GETTER(freevars)
CODE_OBJ_GETTER(cellvars)
#undef CODE_OBJ_GETTER

#define CODE_INT_GETTER(field)                                  \
    static KrObject *code_get_##field(KrThread *ts, KrObject *o) { \
        return kr_int_from_i64(ts, ((KrCode *)o)->field);        \
    }
CODE_INT_GETTER(firstlineno)
CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(nlocals)
CODE_INT_GETTER(flags)
CODE_INT_GETTER(stacksize)
#undef CODE_INT_GETTER

// co_code: Krait's own instruction words, little-endian on every host.
static KrObject *code_get_code(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    size_t n = (size_t)co->ncode * 4;
    char *buf = kr_mem_alloc(ts, n ? n : 1);
    if (!buf) {
        return NULL;
    }
    for (int32_t i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        for (int b = 0; b < 4; b++) {
            buf[4 * i + b] = (char)((w >> (8 * b)) & 0xFF);
        }
    }
    KrObject *r = kr_bytes_from(ts, buf, n);
    kr_mem_free(ts, buf);
    return r;
}

static KrObject *code_get_linetable(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    return kr_bytes_from(ts, (const char *)co->linetable, (size_t)co->nlinetable);
}

static KrObject *int_or_none(KrThread *ts, int v) {
    if (v < 0) {
        KR_RETURN_NONE;
    }
    return kr_int_from_i64(ts, v);
}

// An iterator over a list built here: co_lines() and co_positions() are
// short, and a list iterator needs no type of its own.
static KrObject *iter_steal(KrThread *ts, KrObject *list) {
    if (!list) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, list);
    KR_DECREF(ts, list);
    return it;
}

static int append_steal(KrThread *ts, KrObject *list, KrObject *item) {
    if (!item) {
        return -1;
    }
    int r = kr_list_append(ts, list, item);
    KR_DECREF(ts, item);
    return r;
}

// co_lines(): (start, end, line) for each run of instructions on one line, with
// byte offsets (instruction index * 4, the size of an instruction word).
static KrObject *code_co_lines(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    KrPosIter it;
    kr_code_pos_start(co, &it);
    int start = 0, line = -2;
    for (int i = 0; i <= co->ncode; i++) {
        KrPosition pos;
        if (i < co->ncode) {
            kr_code_pos_next(&it, &pos);
        } else {
            pos.line = -3; // flushes the last run
        }
        if (pos.line == line) {
            continue;
        }
        if (i > 0) {
            KrObject *s = kr_int_from_i64(ts, (int64_t)start * 4);
            KrObject *e = kr_int_from_i64(ts, (int64_t)i * 4);
            KrObject *l = int_or_none(ts, line);
            KrObject *t = s && e && l ? kr_tuple_pack(ts, 3, s, e, l) : NULL;
            KR_XDECREF(ts, s);
            KR_XDECREF(ts, e);
            KR_XDECREF(ts, l);
            if (append_steal(ts, list, t) < 0) {
                KR_DECREF(ts, list);
                return NULL;
            }
        }
        start = i;
        line = pos.line;
    }
    return iter_steal(ts, list);
}

// co_positions(): (line, end_line, col, end_col) per instruction, None where unknown.
static KrObject *code_co_positions(KrThread *ts, KrObject *o) {
    KrCode *co = (KrCode *)o;
    KrObject *list = kr_list_new(ts, 0);
    if (!list) {
        return NULL;
    }
    KrPosIter it;
    kr_code_pos_start(co, &it);
    for (int i = 0; i < co->ncode; i++) {
        KrPosition pos;
        kr_code_pos_next(&it, &pos);
        KrObject *f[4] = {int_or_none(ts, pos.line), int_or_none(ts, pos.end_line), int_or_none(ts, pos.col),
                          int_or_none(ts, pos.end_col)};
        KrObject *t = f[0] && f[1] && f[2] && f[3] ? kr_tuple_pack(ts, 4, f[0], f[1], f[2], f[3]) : NULL;
        for (int k = 0; k < 4; k++) {
            KR_XDECREF(ts, f[k]);
        }
        if (append_steal(ts, list, t) < 0) {
            KR_DECREF(ts, list);
            return NULL;
        }
    }
    return iter_steal(ts, list);
}

// ---- replace() ---------------------------------------------------------------------------

enum {
    R_ARGCOUNT, R_POSONLY, R_KWONLY, R_NLOCALS, R_STACKSIZE, R_FLAGS, R_FIRSTLINENO, // ints
    R_CONSTS, R_NAMES, R_VARNAMES, R_FREEVARS, R_CELLVARS,                          // tuples
    R_FILENAME, R_NAME, R_QUALNAME,                                                 // strs
    R_COUNT
};

static const char *const replace_names[R_COUNT] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags",    "co_firstlineno",     "co_consts",         "co_names",   "co_varnames",
    "co_freevars", "co_cellvars",        "co_filename",       "co_name",    "co_qualname",
};

static const unsigned char operand_kinds[KR_OP_COUNT] = {
#define NONE 0
#define CONST 1
#define NAME 2
#define LOCAL 3
#define CELL 4
#define JUMP 5
#define COUNT 0
#define CMP 0
#define BINOP 0
#define FLAGS 0
#define OP(name, arg, effect, jeffect) arg,
#include "../compiler/opcodes.def"
#undef OP
#undef NONE
#undef CONST
#undef NAME
#undef LOCAL
#undef CELL
#undef JUMP
#undef COUNT
#undef CMP
#undef BINOP
#undef FLAGS
};

static bool all_str(KrObject *t) {
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(t); i++) {
        if (!kr_str_check(KR_TUPLE_GET(t, i))) {
            return false;
        }
    }
    return true;
}

// The eval loop indexes co_consts, co_names and the locals without bounds
// checks, so a replacement must still cover every operand of the code.
static int check_operands(KrThread *ts, const KrCode *co) {
    for (int32_t i = 0; i < co->ncode; i++) {
        int op = (int)KR_INSTR_OP(co->code[i]);
        intptr_t arg = (intptr_t)KR_INSTR_ARG(co->code[i]);
        const char *what = NULL;
        switch (op < KR_OP_COUNT ? operand_kinds[op] : 0) {
        case 1:
            what = arg >= KR_TUPLE_SIZE(co->consts) ? "co_consts" : NULL;
            break;
        case 2:
            what = arg >= KR_TUPLE_SIZE(co->names) ? "co_names" : NULL;
            break;
        case 3:
            what = arg >= KR_TUPLE_SIZE(co->varnames) ? "co_varnames" : NULL;
            break;
        default:
            break;
        }
        if (what) {
            kr_err_format(ts, &kr_exc_ValueError, "code: %s is too small", what);
            return -1;
        }
    }
    return 0;
}

static KrObject *code_replace(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrCode *co = (KrCode *)self;
    if (nargs > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    KrObject *v[R_COUNT] = {0};
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        KrObject *kw = KR_TUPLE_GET(kwnames, i);
        int j = 0;
        while (j < R_COUNT && !kr_str_equal_cstr(kw, replace_names[j])) {
            j++;
        }
        if (j == R_COUNT) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for replace()", kw);
            return NULL;
        }
        v[j] = args[i];
    }
    KrCode f = *co;
    int *ints[R_CONSTS] = {&f.argcount, &f.posonlyargcount, &f.kwonlyargcount, &f.nlocals,
                           &f.stacksize, &f.flags,          &f.firstlineno};
    for (int j = 0; j < R_CONSTS; j++) {
        if (!v[j]) {
            continue;
        }
        bool overflow = false;
        intptr_t n = kr_index_as_ssize(ts, v[j], &overflow);
        if (n == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (n < 0 || n > INT32_MAX) {
            kr_err_format(ts, &kr_exc_ValueError, "%s must be a positive integer", replace_names[j]);
            return NULL;
        }
        *ints[j] = (int)n;
    }
    KrObject **objs[R_COUNT - R_CONSTS] = {&f.consts,   &f.names, &f.varnames, &f.freevars,
                                           &f.cellvars, &f.filename, &f.name, &f.qualname};
    for (int j = R_CONSTS; j < R_COUNT; j++) {
        if (!v[j]) {
            continue;
        }
        bool tuple = j < R_FILENAME;
        if (tuple ? KR_TYPE(v[j]) != &kr_tuple_type : !kr_str_check(v[j])) {
            kr_err_format(ts, &kr_exc_TypeError, "replace() argument '%s' must be %s, not %T", replace_names[j],
                          tuple ? "tuple" : "str", v[j]);
            return NULL;
        }
        if (tuple && j != R_CONSTS && !all_str(v[j])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "name tuples must contain only strings");
            return NULL;
        }
        *objs[j - R_CONSTS] = v[j];
    }
    intptr_t nvars = KR_TUPLE_SIZE(f.varnames);
    if (v[R_NLOCALS] && f.nlocals != nvars) {
        kr_err_set_str(ts, &kr_exc_ValueError, "code: co_nlocals != len(co_varnames)");
        return NULL;
    }
    // Frames and closures are sized from these, so they may not change shape.
    if (KR_TUPLE_SIZE(f.cellvars) != KR_TUPLE_SIZE(co->cellvars) ||
        KR_TUPLE_SIZE(f.freevars) != KR_TUPLE_SIZE(co->freevars)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "code: co_cellvars and co_freevars keep their lengths");
        return NULL;
    }
    intptr_t nparams = (intptr_t)f.argcount + f.kwonlyargcount + ((f.flags & KR_CO_VARARGS) != 0) +
                       ((f.flags & KR_CO_VARKEYWORDS) != 0);
    if (f.posonlyargcount > f.argcount || nvars < nparams) {
        kr_err_set_str(ts, &kr_exc_ValueError, "code: co_varnames is too small");
        return NULL;
    }
    if (check_operands(ts, &f) < 0) {
        return NULL;
    }
    // The new object owns copies of the arrays.
    f.code = kr_mem_alloc(ts, sizeof(uint32_t) * (size_t)(co->ncode ? co->ncode : 1));
    f.linetable = kr_mem_alloc(ts, (size_t)(co->nlinetable ? co->nlinetable : 1));
    f.exctab = kr_mem_alloc(ts, sizeof(KrExcEntry) * (size_t)(co->nexc ? co->nexc : 1));
    f.cell2arg = NULL;
    int ncellvars = (int)KR_TUPLE_SIZE(co->cellvars);
    if (co->cell2arg) {
        f.cell2arg = kr_mem_alloc(ts, sizeof(int32_t) * (size_t)(ncellvars ? ncellvars : 1));
    }
    KrCode *r = NULL;
    if (f.code && f.linetable && f.exctab && (!co->cell2arg || f.cell2arg)) {
        memcpy(f.code, co->code, sizeof(uint32_t) * (size_t)co->ncode);
        memcpy(f.linetable, co->linetable, (size_t)co->nlinetable);
        memcpy(f.exctab, co->exctab, sizeof(KrExcEntry) * (size_t)co->nexc);
        if (co->cell2arg) {
            memcpy(f.cell2arg, co->cell2arg, sizeof(int32_t) * (size_t)ncellvars);
        }
        r = kr_code_new(ts, &f);
    }
    if (!r) {
        kr_mem_free(ts, f.code);
        kr_mem_free(ts, f.linetable);
        kr_mem_free(ts, f.exctab);
        kr_mem_free(ts, f.cell2arg);
    }
    return (KrObject *)r;
}

static const KrMethodDef code_methods[] = {
    {"co_lines", code_co_lines, KR_METH_NOARGS, false, false, "Iterator of (start, end, line) ranges."},
    {"co_positions", code_co_positions, KR_METH_NOARGS, false, false,
     "Iterator of (line, end_line, col, end_col) per instruction."},
    {"replace", code_replace, KR_METH_VARARGS, false, false, "Return a copy of the code object with new values."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef code_getsets[] = {
    {"co_code", code_get_code, NULL, NULL},
    {"co_linetable", code_get_linetable, NULL, NULL},
    {"co_name", code_get_name, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_code_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "code",
    .flags = KR_TYPE_WEAKREFABLE,
    .basicsize = sizeof(KrCode),
    .base_type = &kr_object_type,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .richcompare = code_richcompare,
    .methods = code_methods,
    .getsets = code_getsets,
};
