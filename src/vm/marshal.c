// SPDX-License-Identifier: MIT
// marshal: writes and reads CPython's format (version 4) plus Krait's code objects.
#include "marshal.h"

#include <math.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/code.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"

// CPython's type codes (Python/marshal.c).
enum {
    TYPE_NULL = '0',
    TYPE_NONE = 'N',
    TYPE_FALSE = 'F',
    TYPE_TRUE = 'T',
    TYPE_STOPITER = 'S',
    TYPE_ELLIPSIS = '.',
    TYPE_INT = 'i',
    TYPE_INT64 = 'I', // read only: old marshal data
    TYPE_FLOAT = 'f',
    TYPE_BINARY_FLOAT = 'g',
    TYPE_COMPLEX = 'x',
    TYPE_BINARY_COMPLEX = 'y',
    TYPE_LONG = 'l',
    TYPE_STRING = 's',
    TYPE_INTERNED = 't',
    TYPE_REF = 'r',
    TYPE_TUPLE = '(',
    TYPE_LIST = '[',
    TYPE_DICT = '{',
    TYPE_CODE = 'c',
    TYPE_UNICODE = 'u',
    TYPE_SET = '<',
    TYPE_FROZENSET = '>',
    TYPE_ASCII = 'a',
    TYPE_ASCII_INTERNED = 'A',
    TYPE_SMALL_TUPLE = ')',
    TYPE_SHORT_ASCII = 'z',
    TYPE_SHORT_ASCII_INTERNED = 'Z',
    FLAG_REF = 0x80,
};

// CPython's MAX_MARSHAL_STACK_DEPTH, lowered where the host's C stack is small.
#define MAX_DEPTH 2000
#define SIZE32_MAX 0x7FFFFFFF

// Longs travel as 15-bit digits (PyLong_MARSHAL_SHIFT).
#define MSHIFT 15
#define MBASE (1 << MSHIFT)

static int depth_limit(void) {
    int limit = kr_port_c_recursion_limit() * 2;
    return limit < MAX_DEPTH ? limit : MAX_DEPTH;
}

// ---- writing ------------------------------------------------------------------------

// The writer remembers every object it emitted with FLAG_REF in an
// open-addressing table from address to ref index.
typedef struct Writer {
    KrThread *ts;
    char *buf;
    size_t len, cap;
    bool failed; // out of memory (MemoryError is set)
    int depth, max_depth;
    int version;
    KrObject **keys;
    int32_t *vals;
    size_t tcap, tcount;
} Writer;

static void w_reserve(Writer *w, size_t n) {
    if (w->failed || w->len + n <= w->cap) {
        return;
    }
    size_t cap = w->cap ? w->cap : 64;
    while (cap < w->len + n) {
        cap *= 2;
    }
    char *nb = kr_mem_realloc(w->ts, w->buf, cap);
    if (!nb) {
        w->failed = true;
        return;
    }
    w->buf = nb;
    w->cap = cap;
}

static void w_bytes(Writer *w, const void *p, size_t n) {
    w_reserve(w, n);
    if (!w->failed) {
        memcpy(w->buf + w->len, p, n);
        w->len += n;
    }
}

static void w_byte(Writer *w, int b) {
    uint8_t c = (uint8_t)b;
    w_bytes(w, &c, 1);
}

static void w_short(Writer *w, int v) {
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    w_bytes(w, b, 2);
}

static void w_long(Writer *w, int32_t v) {
    uint32_t u = (uint32_t)v;
    uint8_t b[4] = {(uint8_t)u, (uint8_t)(u >> 8), (uint8_t)(u >> 16), (uint8_t)(u >> 24)};
    w_bytes(w, b, 4);
}

static void w_double(Writer *w, double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    uint8_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = (uint8_t)(u >> (8 * i));
    }
    w_bytes(w, b, 8);
}

static void w_pstring(Writer *w, const char *s, size_t n) {
    w_long(w, (int32_t)n);
    w_bytes(w, s, n);
}

static size_t ptr_hash(KrObject *o, size_t mask) {
    uintptr_t x = (uintptr_t)o;
    x ^= x >> 17;
    x *= (uintptr_t)0x9E3779B1u;
    return (size_t)(x ^ (x >> 13)) & mask;
}

// CPython's w_ref: an object seen before is written as TYPE_REF; an object
// seen for the first time gets FLAG_REF and the next index. Objects with a
// single reference cannot be shared, so (as CPython) they are not tracked.
static bool w_ref(Writer *w, KrObject *v, int *flag) {
    if (w->version < 3 || v->refcnt == 1) {
        return false;
    }
    if (w->tcount * 2 >= w->tcap) {
        size_t ncap = w->tcap ? w->tcap * 2 : 64;
        KrObject **nk = kr_mem_alloc(w->ts, ncap * sizeof *nk);
        int32_t *nv = kr_mem_alloc(w->ts, ncap * sizeof *nv);
        if (!nk || !nv) {
            kr_mem_free(w->ts, nk);
            kr_mem_free(w->ts, nv);
            w->failed = true;
            return false;
        }
        memset(nk, 0, ncap * sizeof *nk);
        for (size_t i = 0; i < w->tcap; i++) {
            if (w->keys[i]) {
                size_t j = ptr_hash(w->keys[i], ncap - 1);
                while (nk[j]) {
                    j = (j + 1) & (ncap - 1);
                }
                nk[j] = w->keys[i];
                nv[j] = w->vals[i];
            }
        }
        kr_mem_free(w->ts, w->keys);
        kr_mem_free(w->ts, w->vals);
        w->keys = nk;
        w->vals = nv;
        w->tcap = ncap;
    }
    size_t j = ptr_hash(v, w->tcap - 1);
    while (w->keys[j]) {
        if (w->keys[j] == v) {
            w_byte(w, TYPE_REF);
            w_long(w, w->vals[j]);
            return true;
        }
        j = (j + 1) & (w->tcap - 1);
    }
    w->keys[j] = v;
    w->vals[j] = (int32_t)w->tcount++;
    *flag = FLAG_REF;
    return false;
}

static int w_object(Writer *w, KrObject *v);

static void w_int(Writer *w, KrObject *v, int flag) {
    int ovf;
    int64_t x = kr_int_as_i64(v, &ovf);
    if (!ovf && x >= INT32_MIN && x <= INT32_MAX) {
        w_byte(w, TYPE_INT | flag);
        w_long(w, (int32_t)x);
        return;
    }
    KrInt *iv = (KrInt *)v;
    intptr_t size = iv->size < 0 ? -iv->size : iv->size;
    // Each 30-bit digit is two 15-bit marshal digits; the top half may be empty.
    intptr_t n = size * 2;
    if (size > 0 && (iv->digits[size - 1] >> MSHIFT) == 0) {
        n--;
    }
    w_byte(w, TYPE_LONG | flag);
    w_long(w, (int32_t)(iv->size < 0 ? -n : n));
    for (intptr_t i = 0; i < n; i++) {
        uint32_t d = iv->digits[i / 2];
        w_short(w, (int)((i % 2 ? d >> MSHIFT : d) & (MBASE - 1)));
    }
}

static void w_str(Writer *w, KrObject *v, int flag) {
    KrStr *s = (KrStr *)v;
    if (w->version >= 4 && s->ascii) {
        bool shrt = s->length < 256;
        int type = shrt ? (s->interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII)
                        : (s->interned ? TYPE_ASCII_INTERNED : TYPE_ASCII);
        w_byte(w, type | flag);
        if (shrt) {
            w_byte(w, (int)s->length);
        } else {
            w_long(w, (int32_t)s->length);
        }
        w_bytes(w, s->data, (size_t)s->length);
        return;
    }
    size_t n;
    const char *u = kr_str_utf8(w->ts, v, &n);
    if (!u) {
        w->failed = true;
        return;
    }
    w_byte(w, (s->interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    w_pstring(w, u, n);
}

static int w_sequence(Writer *w, KrObject *const *items, intptr_t n) {
    for (intptr_t i = 0; i < n && !w->failed; i++) {
        if (w_object(w, items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int w_code(Writer *w, KrCode *co, int flag) {
    w_byte(w, TYPE_CODE | flag);
    w_long(w, co->argcount);
    w_long(w, co->posonlyargcount);
    w_long(w, co->kwonlyargcount);
    w_long(w, co->stacksize);
    w_long(w, co->flags);
    w_long(w, co->firstlineno);
    w_long(w, co->ncode);
    for (int32_t i = 0; i < co->ncode; i++) {
        w_long(w, (int32_t)co->code[i]);
    }
    // The compact location table, as its bytes (code.h describes the encoding).
    w_long(w, co->linetable ? co->nlinetable : -1);
    if (co->linetable) {
        w_bytes(w, co->linetable, (size_t)co->nlinetable);
    }
    w_long(w, co->nexc);
    for (int32_t i = 0; i < co->nexc; i++) {
        const KrExcEntry *e = &co->exctab[i];
        w_long(w, e->start);
        w_long(w, e->end);
        w_long(w, e->handler);
        w_long(w, e->depth);
        w_long(w, e->lasti);
    }
    intptr_t ncellvars = KR_TUPLE_SIZE(co->cellvars);
    w_long(w, co->cell2arg ? (int32_t)ncellvars : -1);
    for (intptr_t i = 0; co->cell2arg && i < ncellvars; i++) {
        w_long(w, co->cell2arg[i]);
    }
    KrObject *objs[] = {co->consts, co->names, co->varnames, co->cellvars, co->freevars,
                        co->filename, co->name, co->qualname};
    return w_sequence(w, objs, (intptr_t)(sizeof objs / sizeof objs[0]));
}

static int w_complex_object(Writer *w, KrObject *v) {
    KrThread *ts = w->ts;
    int flag = 0;
    if (w_ref(w, v, &flag)) {
        return 0;
    }
    KrType *t = KR_TYPE(v);
    if (t == &kr_int_type) {
        w_int(w, v, flag);
    } else if (t == &kr_float_type) {
        w_byte(w, TYPE_BINARY_FLOAT | flag);
        w_double(w, KR_FLOAT_VALUE(v));
    } else if (t == &kr_complex_type) {
        w_byte(w, TYPE_BINARY_COMPLEX | flag);
        w_double(w, ((KrComplex *)v)->real);
        w_double(w, ((KrComplex *)v)->imag);
    } else if (t == &kr_bytes_type) {
        w_byte(w, TYPE_STRING | flag);
        w_pstring(w, KR_BYTES_DATA(v), (size_t)KR_BYTES_SIZE(v));
    } else if (t == &kr_str_type) {
        w_str(w, v, flag);
    } else if (t == &kr_tuple_type) {
        intptr_t n = KR_TUPLE_SIZE(v);
        if (w->version >= 4 && n < 256) {
            w_byte(w, TYPE_SMALL_TUPLE | flag);
            w_byte(w, (int)n);
        } else {
            w_byte(w, TYPE_TUPLE | flag);
            w_long(w, (int32_t)n);
        }
        return w_sequence(w, KR_TUPLE_ITEMS(v), n);
    } else if (t == &kr_list_type) {
        w_byte(w, TYPE_LIST | flag);
        w_long(w, (int32_t)KR_LIST_SIZE(v));
        // Items may be replaced while writing only by code we don't run, but
        // index each time rather than caching the array.
        for (intptr_t i = 0; i < KR_LIST_SIZE(v) && !w->failed; i++) {
            if (w_object(w, KR_LIST_ITEMS(v)[i]) < 0) {
                return -1;
            }
        }
    } else if (t == &kr_dict_type) {
        w_byte(w, TYPE_DICT | flag);
        intptr_t pos = 0;
        KrObject *k, *val;
        while (kr_dict_next(v, &pos, &k, &val) && !w->failed) {
            if (w_object(w, k) < 0 || w_object(w, val) < 0) {
                return -1;
            }
        }
        w_byte(w, TYPE_NULL);
    } else if (t == &kr_set_type || t == &kr_frozenset_type) {
        w_byte(w, (t == &kr_set_type ? TYPE_SET : TYPE_FROZENSET) | flag);
        w_long(w, (int32_t)kr_set_size(v));
        intptr_t pos = 0;
        KrObject *k;
        while (kr_set_next(v, &pos, &k) && !w->failed) {
            if (w_object(w, k) < 0) {
                return -1;
            }
        }
    } else if (t == &kr_code_type) {
        return w_code(w, (KrCode *)v, flag);
    } else {
        const char *p;
        intptr_t n;
        int r = kr_bytes_buffer(ts, v, &p, &n);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "unmarshallable object");
            return -1;
        }
        w_byte(w, TYPE_STRING | flag);
        w_pstring(w, p, (size_t)n);
    }
    return 0;
}

static int w_object(Writer *w, KrObject *v) {
    if (w->failed) {
        return -1;
    }
    if (++w->depth > w->max_depth) {
        kr_err_set_str(w->ts, &kr_exc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    int rc = 0;
    if (v == KR_NONE) {
        w_byte(w, TYPE_NONE);
    } else if (v == (KrObject *)&kr_exc_StopIteration) {
        w_byte(w, TYPE_STOPITER);
    } else if (v == KR_ELLIPSIS) {
        w_byte(w, TYPE_ELLIPSIS);
    } else if (v == KR_FALSE) {
        w_byte(w, TYPE_FALSE);
    } else if (v == KR_TRUE) {
        w_byte(w, TYPE_TRUE);
    } else {
        rc = w_complex_object(w, v);
    }
    w->depth--;
    return w->failed ? -1 : rc;
}

KrObject *kr_marshal_dumps(KrThread *ts, KrObject *obj, int version) {
    Writer w = {.ts = ts, .version = version, .max_depth = depth_limit()};
    KrObject *r = NULL;
    if (w_object(&w, obj) == 0 && !w.failed) {
        r = kr_bytes_from(ts, w.buf ? w.buf : "", w.len);
    } else if (!kr_err_occurred(ts)) {
        kr_err_no_memory(ts);
    }
    kr_mem_free(ts, w.buf);
    kr_mem_free(ts, w.keys);
    kr_mem_free(ts, w.vals);
    return r;
}

// ---- reading ------------------------------------------------------------------------

typedef struct Reader {
    KrThread *ts;
    const uint8_t *p, *end;
    int depth, max_depth;
    KrObject **refs; // new references; NULL marks a reserved slot not yet filled
    size_t nrefs, cap;
} Reader;

static KrObject *bad(KrThread *ts, const char *what) {
    kr_err_format(ts, &kr_exc_ValueError, "bad marshal data (%s)", what);
    return NULL;
}

static KrObject *too_short(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_EOFError, "marshal data too short");
    return NULL;
}

static size_t remaining(const Reader *r) {
    return (size_t)(r->end - r->p);
}

// Reads n bytes; NULL with EOFError when the data ends first.
static const uint8_t *r_bytes(Reader *r, size_t n) {
    if (remaining(r) < n) {
        too_short(r->ts);
        return NULL;
    }
    const uint8_t *s = r->p;
    r->p += n;
    return s;
}

static bool r_long(Reader *r, int32_t *out) {
    const uint8_t *b = r_bytes(r, 4);
    if (!b) {
        return false;
    }
    *out = (int32_t)((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24);
    return true;
}

static bool r_double(Reader *r, double *out) {
    const uint8_t *b = r_bytes(r, 8);
    if (!b) {
        return false;
    }
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--) {
        u = u << 8 | b[i];
    }
    memcpy(out, &u, 8);
    return true;
}

// A ref slot for an object about to be read: filled now (v != NULL) or later.
static intptr_t r_ref_add(Reader *r, KrObject *v) {
    if (r->nrefs == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 32;
        KrObject **n = kr_mem_realloc(r->ts, r->refs, ncap * sizeof *n);
        if (!n) {
            return -1;
        }
        r->refs = n;
        r->cap = ncap;
    }
    r->refs[r->nrefs] = v ? KR_INCREF(v) : NULL;
    return (intptr_t)r->nrefs++;
}

// Registers v (when flagged) and passes it through; on failure drops it.
static KrObject *r_ref(Reader *r, KrObject *v, int flag) {
    if (v && flag && r_ref_add(r, v) < 0) {
        KR_DECREF(r->ts, v);
        return NULL;
    }
    return v;
}

static KrObject *r_object(Reader *r);

// Reads a length-prefixed size and checks it against what is left (each
// item needs at least `unit` bytes), so a short input can't ask for a huge allocation.
static bool r_size(Reader *r, int32_t *n, const char *what, size_t unit) {
    if (!r_long(r, n)) {
        return false;
    }
    if (*n < 0 || *n > SIZE32_MAX) {
        bad(r->ts, what);
        return false;
    }
    if ((size_t)*n > remaining(r) / unit) {
        if (unit == 1) {
            too_short(r->ts);
        } else {
            kr_err_set_str(r->ts, &kr_exc_EOFError, "EOF read where object expected");
        }
        return false;
    }
    return true;
}

static KrObject *r_long_object(Reader *r) {
    int32_t n;
    if (!r_long(r, &n)) {
        return NULL;
    }
    if (n < -SIZE32_MAX || n > SIZE32_MAX) {
        return bad(r->ts, "long size out of range");
    }
    size_t count = (size_t)(n < 0 ? -(int64_t)n : n);
    if (count > remaining(r) / 2) {
        return too_short(r->ts);
    }
    if (count == 0) {
        return kr_int_from_i64(r->ts, 0);
    }
    KrInt *v = kr_int_alloc(r->ts, (intptr_t)((count + 1) / 2));
    if (!v) {
        return NULL;
    }
    memset(v->digits, 0, sizeof(uint32_t) * ((count + 1) / 2));
    for (size_t i = 0; i < count; i++) {
        const uint8_t *b = r_bytes(r, 2);
        int d = b[0] | b[1] << 8;
        if (d >= MBASE) {
            KR_DECREF(r->ts, v);
            return bad(r->ts, "digit out of range in long");
        }
        if (d == 0 && i == count - 1) {
            KR_DECREF(r->ts, v);
            return bad(r->ts, "unnormalized long data");
        }
        v->digits[i / 2] |= (uint32_t)d << (i % 2 ? MSHIFT : 0);
    }
    if (n < 0) {
        v->size = -v->size;
    }
    return kr_int_normalize(r->ts, v);
}

// Old text floats ('f', 'x'): a one-byte length then the repr.
static bool r_text_float(Reader *r, double *out) {
    if (remaining(r) < 1) {
        too_short(r->ts);
        return false;
    }
    size_t n = *r->p++;
    const uint8_t *s = r_bytes(r, n);
    if (!s) {
        return false;
    }
    KrObject *f = kr_float_from_string(r->ts, (const char *)s, n);
    if (!f) {
        return false;
    }
    *out = KR_FLOAT_VALUE(f);
    KR_DECREF(r->ts, f);
    return true;
}

// Items of a tuple, list or set, read into `items` (new references).
static bool r_items(Reader *r, KrObject **items, int32_t n, const char *what) {
    for (int32_t i = 0; i < n; i++) {
        KrObject *v = r_object(r);
        if (!v) {
            if (!kr_err_occurred(r->ts)) {
                kr_err_format(r->ts, &kr_exc_TypeError, "NULL object in marshal data for %s", what);
            }
            return false;
        }
        items[i] = v;
    }
    return true;
}

static KrObject *r_tuple(Reader *r, int32_t n, int flag) {
    intptr_t idx = flag ? r_ref_add(r, NULL) : -1;
    if (flag && idx < 0) {
        return NULL;
    }
    KrObject *t = kr_tuple_new(r->ts, n);
    if (!t) {
        return NULL;
    }
    if (n > 0) {
        for (int32_t i = 0; i < n; i++) {
            KR_TUPLE_SET(t, i, NULL);
        }
        bool ok = r_items(r, KR_TUPLE_ITEMS(t), n, "tuple");
        if (!ok) {
            // The tuple's dealloc skips NULL items.
            for (int32_t i = 0; i < n; i++) {
                if (!KR_TUPLE_GET(t, i)) {
                    KR_TUPLE_SET(t, i, KR_INCREF(KR_NONE));
                }
            }
            KR_DECREF(r->ts, t);
            return NULL;
        }
    }
    if (idx >= 0) {
        r->refs[idx] = KR_INCREF(t);
    }
    return t;
}

// The operand kind of each opcode, so loaded bytecode can be checked.
enum { K_NONE, K_CONST, K_NAME, K_LOCAL, K_CELL, K_JUMP, K_COUNT, K_CMP, K_BINOP, K_FLAGS };
static const uint8_t opcode_kinds[KR_OP_COUNT] = {
#define OP(name, arg, effect, jeffect) K_##arg,
#include "../compiler/opcodes.def"
#undef OP
};

// Checks every operand that indexes a table or the instruction array, so a
// bad code object is refused here instead of misbehaving in the eval loop.
static bool valid_code(KrCode *c) {
    intptr_t nconsts = KR_TUPLE_SIZE(c->consts), nnames = KR_TUPLE_SIZE(c->names);
    intptr_t nlocals = KR_TUPLE_SIZE(c->varnames);
    intptr_t ncells = KR_TUPLE_SIZE(c->cellvars) + KR_TUPLE_SIZE(c->freevars);
    for (int32_t i = 0; i < c->ncode; i++) {
        uint32_t op = KR_INSTR_OP(c->code[i]), arg = KR_INSTR_ARG(c->code[i]);
        if (op >= KR_OP_COUNT) {
            return false;
        }
        switch (opcode_kinds[op]) {
        case K_CONST:
            if (arg >= (uint32_t)nconsts) {
                return false;
            }
            break;
        case K_NAME:
            if (arg >= (uint32_t)nnames) {
                return false;
            }
            break;
        case K_LOCAL:
            if (arg >= (uint32_t)nlocals) {
                return false;
            }
            break;
        case K_CELL:
            if (arg >= (uint32_t)ncells) {
                return false;
            }
            break;
        case K_JUMP:
            if (arg >= (uint32_t)c->ncode) {
                return false;
            }
            break;
        case K_CMP:
            if (arg > KR_GE) {
                return false;
            }
            break;
        case K_BINOP:
            if (arg >= 2 * KR_BINOP_COUNT) {
                return false;
            }
            break;
        default:
            break;
        }
    }
    // The last instruction must not fall off the end of the array.
    uint32_t last = KR_INSTR_OP(c->code[c->ncode - 1]);
    if (last != KR_OP_RETURN_VALUE && last != KR_OP_JUMP && last != KR_OP_RERAISE && last != KR_OP_RAISE_VARARGS) {
        return false;
    }
    for (int32_t i = 0; i < c->nexc; i++) {
        const KrExcEntry *e = &c->exctab[i];
        if (e->start < 0 || e->end < e->start || e->end > c->ncode || e->handler < 0 || e->handler >= c->ncode ||
            e->depth < 0 || e->depth > c->stacksize || (e->lasti != 0 && e->lasti != 1)) {
            return false;
        }
    }
    if (c->cell2arg) {
        intptr_t nargs = c->argcount + c->kwonlyargcount + ((c->flags & KR_CO_VARARGS) != 0) +
                         ((c->flags & KR_CO_VARKEYWORDS) != 0);
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(c->cellvars); i++) {
            if (c->cell2arg[i] < -1 || c->cell2arg[i] >= nargs || c->cell2arg[i] >= nlocals) {
                return false;
            }
        }
    }
    return c->argcount >= 0 && c->posonlyargcount >= 0 && c->kwonlyargcount >= 0 &&
           c->posonlyargcount <= c->argcount &&
           (intptr_t)c->argcount + c->kwonlyargcount + ((c->flags & KR_CO_VARARGS) != 0) +
                   ((c->flags & KR_CO_VARKEYWORDS) != 0) <= nlocals &&
           c->stacksize >= 0 && c->stacksize < (1 << 24);
}

static bool r_i32s(Reader *r, int32_t *out, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!r_long(r, &out[i])) {
            return false;
        }
    }
    return true;
}

static bool is_str_tuple(KrObject *o) {
    if (!o || KR_TYPE(o) != &kr_tuple_type) {
        return false;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(o); i++) {
        if (!kr_str_check_exact(KR_TUPLE_GET(o, i))) {
            return false;
        }
    }
    return true;
}

static KrObject *r_code(Reader *r, int flag) {
    KrThread *ts = r->ts;
    intptr_t idx = flag ? r_ref_add(r, NULL) : -1;
    if (flag && idx < 0) {
        return NULL;
    }
    KrCode f;
    memset(&f, 0, sizeof f);
    KrObject *objs[8] = {NULL};
    KrObject *result = NULL;
    int32_t head[7], nline, ncell;
    if (!r_i32s(r, head, 7)) {
        goto done;
    }
    f.argcount = head[0];
    f.posonlyargcount = head[1];
    f.kwonlyargcount = head[2];
    f.stacksize = head[3];
    f.flags = head[4];
    f.firstlineno = head[5];
    f.ncode = head[6];
    if (f.ncode <= 0 || f.ncode > KR_MAX_OPARG || (size_t)f.ncode > remaining(r) / 4) {
        bad(ts, "code size out of range");
        goto done;
    }
    f.code = kr_mem_alloc(ts, sizeof(uint32_t) * (size_t)f.ncode);
    if (!f.code || !r_i32s(r, (int32_t *)f.code, (size_t)f.ncode) || !r_long(r, &nline)) {
        goto done;
    }
    if (nline < -1) {
        bad(ts, "line table size out of range");
        goto done;
    }
    if (nline >= 0) {
        // The table's reader stops at its end whatever the bytes say, so any bytes are safe.
        const uint8_t *lt = r_bytes(r, (size_t)nline);
        f.nlinetable = nline;
        f.linetable = lt ? kr_mem_alloc(ts, (size_t)nline + 1) : NULL;
        if (!f.linetable) {
            goto done;
        }
        memcpy(f.linetable, lt, (size_t)nline);
    }
    if (!r_long(r, &f.nexc)) {
        goto done;
    }
    if (f.nexc < 0 || (size_t)f.nexc > remaining(r) / 20) {
        bad(ts, "exception table size out of range");
        goto done;
    }
    if (f.nexc) {
        f.exctab = kr_mem_alloc(ts, sizeof(KrExcEntry) * (size_t)f.nexc);
        if (!f.exctab || !r_i32s(r, (int32_t *)f.exctab, (size_t)f.nexc * 5)) {
            goto done;
        }
    }
    if (!r_long(r, &ncell)) {
        goto done;
    }
    if (ncell < -1 || (ncell > 0 && (size_t)ncell > remaining(r) / 4)) {
        bad(ts, "cell table size out of range");
        goto done;
    }
    if (ncell >= 0) {
        f.cell2arg = kr_mem_alloc(ts, sizeof(int32_t) * (size_t)(ncell ? ncell : 1));
        if (!f.cell2arg || !r_i32s(r, f.cell2arg, (size_t)ncell)) {
            goto done;
        }
    }
    for (int i = 0; i < 8; i++) {
        objs[i] = r_object(r);
        if (!objs[i]) {
            if (!kr_err_occurred(ts)) {
                bad(ts, "NULL object in code");
            }
            goto done;
        }
    }
    f.consts = objs[0];
    f.names = objs[1];
    f.varnames = objs[2];
    f.cellvars = objs[3];
    f.freevars = objs[4];
    f.filename = objs[5];
    f.name = objs[6];
    f.qualname = objs[7];
    if (KR_TYPE(f.consts) != &kr_tuple_type || !is_str_tuple(f.names) || !is_str_tuple(f.varnames) ||
        !is_str_tuple(f.cellvars) || !is_str_tuple(f.freevars) || !kr_str_check_exact(f.filename) ||
        !kr_str_check_exact(f.name) || !kr_str_check_exact(f.qualname) ||
        (f.cell2arg && ncell != KR_TUPLE_SIZE(f.cellvars)) || !valid_code(&f)) {
        bad(ts, "invalid code object");
        goto done;
    }
    result = (KrObject *)kr_code_new(ts, &f);
    if (result) {
        // kr_code_new owns the arrays now.
        f.code = NULL;
        f.linetable = NULL;
        f.exctab = NULL;
        f.cell2arg = NULL;
    }
done:
    kr_mem_free(ts, f.code);
    kr_mem_free(ts, f.linetable);
    kr_mem_free(ts, f.exctab);
    kr_mem_free(ts, f.cell2arg);
    for (int i = 0; i < 8; i++) {
        KR_XDECREF(ts, objs[i]);
    }
    if (result && idx >= 0) {
        r->refs[idx] = KR_INCREF(result);
    }
    return result;
}

static KrObject *r_str(Reader *r, int type, int flag) {
    KrThread *ts = r->ts;
    int32_t n;
    if (type == TYPE_SHORT_ASCII || type == TYPE_SHORT_ASCII_INTERNED) {
        if (remaining(r) < 1) {
            return too_short(ts);
        }
        n = *r->p++;
    } else if (!r_size(r, &n, "string size out of range", 1)) {
        return NULL;
    }
    const uint8_t *s = r_bytes(r, (size_t)n);
    if (!s) {
        return NULL;
    }
    KrObject *v;
    if (type == TYPE_UNICODE || type == TYPE_INTERNED) {
        v = kr_str_from_utf8(ts, (const char *)s, (size_t)n);
    } else {
        // CPython reads the "ASCII" forms as Latin-1.
        v = kr_str_from_kind(ts, 1, s, n);
    }
    if (v && (type == TYPE_INTERNED || type == TYPE_ASCII_INTERNED || type == TYPE_SHORT_ASCII_INTERNED)) {
        v = kr_str_intern(ts, v);
    }
    return r_ref(r, v, flag);
}

static KrObject *r_set(Reader *r, int type, int flag) {
    KrThread *ts = r->ts;
    int32_t n;
    if (!r_size(r, &n, "set size out of range", 1)) {
        return NULL;
    }
    bool frozen = type == TYPE_FROZENSET;
    intptr_t idx = -1;
    KrObject *v = frozen ? kr_set_new(ts, NULL) : r_ref(r, kr_set_new(ts, NULL), flag);
    if (!v) {
        return NULL;
    }
    if (frozen && flag && (idx = r_ref_add(r, NULL)) < 0) {
        KR_DECREF(ts, v);
        return NULL;
    }
    for (int32_t i = 0; i < n; i++) {
        KrObject *item = r_object(r);
        if (!item) {
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_TypeError, "NULL object in marshal data for set");
            }
            KR_DECREF(ts, v);
            return NULL;
        }
        int rc = kr_set_add(ts, v, item);
        KR_DECREF(ts, item);
        if (rc < 0) {
            KR_DECREF(ts, v);
            return NULL;
        }
    }
    if (frozen) {
        KrObject *fs = kr_frozenset_new(ts, v);
        KR_DECREF(ts, v);
        if (fs && idx >= 0) {
            r->refs[idx] = KR_INCREF(fs);
        }
        return fs;
    }
    return v;
}

static KrObject *r_object_inner(Reader *r, int code) {
    KrThread *ts = r->ts;
    int flag = code & FLAG_REF;
    int type = code & ~FLAG_REF;
    double d, d2;
    int32_t n;
    switch (type) {
    case TYPE_NULL:
        return NULL;
    case TYPE_NONE:
        return KR_NONE;
    case TYPE_STOPITER:
        return KR_INCREF(&kr_exc_StopIteration);
    case TYPE_ELLIPSIS:
        return KR_ELLIPSIS;
    case TYPE_FALSE:
        return KR_FALSE;
    case TYPE_TRUE:
        return KR_TRUE;
    case TYPE_INT:
        return r_long(r, &n) ? r_ref(r, kr_int_from_i64(ts, n), flag) : NULL;
    case TYPE_INT64: {
        int32_t lo, hi;
        if (!r_long(r, &lo) || !r_long(r, &hi)) {
            return NULL;
        }
        return r_ref(r, kr_int_from_i64(ts, (int64_t)((uint64_t)(uint32_t)hi << 32 | (uint32_t)lo)), flag);
    }
    case TYPE_LONG:
        return r_ref(r, r_long_object(r), flag);
    case TYPE_FLOAT:
        return r_text_float(r, &d) ? r_ref(r, kr_float_from_double(ts, d), flag) : NULL;
    case TYPE_BINARY_FLOAT:
        return r_double(r, &d) ? r_ref(r, kr_float_from_double(ts, d), flag) : NULL;
    case TYPE_COMPLEX:
        return r_text_float(r, &d) && r_text_float(r, &d2) ? r_ref(r, kr_complex_new(ts, d, d2), flag) : NULL;
    case TYPE_BINARY_COMPLEX:
        return r_double(r, &d) && r_double(r, &d2) ? r_ref(r, kr_complex_new(ts, d, d2), flag) : NULL;
    case TYPE_STRING: {
        if (!r_size(r, &n, "bytes object size out of range", 1)) {
            return NULL;
        }
        const uint8_t *s = r_bytes(r, (size_t)n);
        return s ? r_ref(r, kr_bytes_from(ts, (const char *)s, (size_t)n), flag) : NULL;
    }
    case TYPE_ASCII:
    case TYPE_ASCII_INTERNED:
    case TYPE_SHORT_ASCII:
    case TYPE_SHORT_ASCII_INTERNED:
    case TYPE_UNICODE:
    case TYPE_INTERNED:
        return r_str(r, type, flag);
    case TYPE_SMALL_TUPLE:
        if (remaining(r) < 1) {
            return too_short(ts);
        }
        n = *r->p++;
        if ((size_t)n > remaining(r)) {
            kr_err_set_str(ts, &kr_exc_EOFError, "EOF read where object expected");
            return NULL;
        }
        return r_tuple(r, n, flag);
    case TYPE_TUPLE:
        return r_size(r, &n, "tuple size out of range", 1) ? r_tuple(r, n, flag) : NULL;
    case TYPE_LIST: {
        if (!r_size(r, &n, "list size out of range", 1)) {
            return NULL;
        }
        KrObject *l = r_ref(r, kr_list_new(ts, 0), flag);
        if (!l) {
            return NULL;
        }
        for (int32_t i = 0; i < n; i++) {
            KrObject *item = r_object(r);
            if (!item) {
                if (!kr_err_occurred(ts)) {
                    kr_err_set_str(ts, &kr_exc_TypeError, "NULL object in marshal data for list");
                }
                KR_DECREF(ts, l);
                return NULL;
            }
            int rc = kr_list_append(ts, l, item);
            KR_DECREF(ts, item);
            if (rc < 0) {
                KR_DECREF(ts, l);
                return NULL;
            }
        }
        return l;
    }
    case TYPE_DICT: {
        KrObject *dict = r_ref(r, kr_dict_new(ts), flag);
        if (!dict) {
            return NULL;
        }
        for (;;) {
            KrObject *k = r_object(r);
            if (!k) {
                break;
            }
            KrObject *v = r_object(r);
            if (!v) {
                KR_DECREF(ts, k);
                break;
            }
            int rc = kr_dict_set_item(ts, dict, k, v);
            KR_DECREF(ts, k);
            KR_DECREF(ts, v);
            if (rc < 0) {
                break;
            }
        }
        if (kr_err_occurred(ts)) {
            KR_DECREF(ts, dict);
            return NULL;
        }
        return dict;
    }
    case TYPE_SET:
    case TYPE_FROZENSET:
        return r_set(r, type, flag);
    case TYPE_CODE:
        return r_code(r, flag);
    case TYPE_REF: {
        if (!r_long(r, &n)) {
            return NULL;
        }
        if (n < 0 || (size_t)n >= r->nrefs || !r->refs[n]) {
            return bad(ts, "invalid reference");
        }
        return KR_INCREF(r->refs[n]);
    }
    default:
        return bad(ts, "unknown type code");
    }
}

static KrObject *r_object(Reader *r) {
    if (r->p >= r->end) {
        kr_err_set_str(r->ts, &kr_exc_EOFError, "EOF read where object expected");
        return NULL;
    }
    int code = *r->p++;
    if (++r->depth > r->max_depth) {
        r->depth--;
        kr_err_set_str(r->ts, &kr_exc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    KrObject *v = r_object_inner(r, code);
    r->depth--;
    return v;
}

KrObject *kr_marshal_loads(KrThread *ts, const char *data, size_t len, size_t *used) {
    Reader r = {.ts = ts, .p = (const uint8_t *)data, .end = (const uint8_t *)data + len,
                .max_depth = depth_limit()};
    KrObject *v = r_object(&r);
    if (!v && !kr_err_occurred(ts)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "NULL object in marshal data for object");
    }
    for (size_t i = 0; i < r.nrefs; i++) {
        KR_XDECREF(ts, r.refs[i]);
    }
    kr_mem_free(ts, r.refs);
    if (used) {
        *used = (size_t)(r.p - (const uint8_t *)data);
    }
    return v;
}
