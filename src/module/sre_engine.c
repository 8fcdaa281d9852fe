// SPDX-License-Identifier: MIT
// The _sre matcher: a backtracking interpreter of the SRE code Lib/re/_compiler.py emits.
// Backtracking keeps its choice points and an undo log of the mutable state
// (marks, repeat contexts) on heap stacks, so deep patterns never recurse in C.
#include "sre.h"

#include <string.h>

#include "../object/exc.h"
#include "../object/unicode.h"
#include "../vm/vm.h"

// Opcodes and their arguments, as numbered by Lib/re/_constants.py (MAGIC 20220615).
enum {
    OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH,
    OP_CATEGORY, OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO,
    OP_JUMP, OP_LITERAL, OP_MARK, OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE,
    OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_SUBPATTERN, OP_MIN_REPEAT_ONE, OP_ATOMIC_GROUP,
    OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE, OP_IN_IGNORE,
    OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE,
    OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE,
    OP_LITERAL_UNI_IGNORE, OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE,
};
enum {
    AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END,
    AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY,
    AT_UNI_NON_BOUNDARY,
};
enum {
    CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_LINEBREAK,
    CAT_NOT_LINEBREAK, CAT_LOC_WORD, CAT_LOC_NOT_WORD, CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT,
    CAT_UNI_SPACE, CAT_UNI_NOT_SPACE, CAT_UNI_WORD, CAT_UNI_NOT_WORD, CAT_UNI_LINEBREAK,
    CAT_UNI_NOT_LINEBREAK,
};

// Choice point kinds.
enum {
    CH_BRANCH,      // pc: the skip word of the next alternative
    CH_REP_ONE,     // greedy single-item repeat: a = count, b = min, pos = where it began
    CH_MIN_REP_ONE, // lazy single-item repeat: a = count, b = max, c = the item's pc
    CH_BARRIER,     // lookaround / atomic group / possessive repeat: a = BAR_*, b = count
    CH_REPEAT_TAIL, // MAX_UNTIL: leave the repeat context a and go on at pc
    CH_MIN_MORE,    // MIN_UNTIL: one more iteration of the repeat context a
};
enum { BAR_ASSERT, BAR_ASSERT_NOT, BAR_ATOMIC, BAR_POSS };

struct KrSreChoice {
    int kind;
    intptr_t pc, pos, nundo;
    intptr_t a, b, c;
};

// Fixed slots of st->vars; the marks follow, then repeat records of 4 slots
// (count, last position, pc of the REPEAT op, enclosing record).
enum { V_LASTINDEX, V_REPEAT, V_RTOP, V_MARKS };

uint32_t kr_sre_engine_lower_ascii(uint32_t ch) {
    return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
}

static uint32_t upper_ascii(uint32_t ch) {
    return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
}

uint32_t kr_sre_engine_lower_unicode(uint32_t ch) {
    uint32_t out[3];
    // The simple mapping: only U+0130 lowercases to several characters, 'i' first.
    return kr_unicode_lower(ch, out) >= 1 ? out[0] : ch;
}

uint32_t kr_sre_engine_upper_unicode(uint32_t ch) {
    uint32_t out[3];
    return kr_unicode_upper(ch, out) == 1 ? out[0] : ch;
}

static bool is_ascii_word(uint32_t ch) {
    return ch < 128 && (ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z'));
}

static bool is_uni_word(uint32_t ch) {
    if (ch < 128) {
        return is_ascii_word(ch);
    }
    return kr_unicode_has(ch, KR_UC_ALPHA | KR_UC_DECIMAL | KR_UC_DIGIT | KR_UC_NUMERIC);
}

static bool category(uint32_t cat, uint32_t ch) {
    switch (cat) {
    case CAT_DIGIT:
        return ch >= '0' && ch <= '9';
    case CAT_NOT_DIGIT:
        return !(ch >= '0' && ch <= '9');
    case CAT_SPACE:
        return ch == ' ' || (ch >= 9 && ch <= 13);
    case CAT_NOT_SPACE:
        return !(ch == ' ' || (ch >= 9 && ch <= 13));
    case CAT_WORD:
    case CAT_LOC_WORD:
        return is_ascii_word(ch);
    case CAT_NOT_WORD:
    case CAT_LOC_NOT_WORD:
        return !is_ascii_word(ch);
    case CAT_LINEBREAK:
        return ch == '\n';
    case CAT_NOT_LINEBREAK:
        return ch != '\n';
    case CAT_UNI_DIGIT:
        return kr_unicode_has(ch, KR_UC_DECIMAL);
    case CAT_UNI_NOT_DIGIT:
        return !kr_unicode_has(ch, KR_UC_DECIMAL);
    case CAT_UNI_SPACE:
        return kr_unicode_isspace(ch);
    case CAT_UNI_NOT_SPACE:
        return !kr_unicode_isspace(ch);
    case CAT_UNI_WORD:
        return is_uni_word(ch);
    case CAT_UNI_NOT_WORD:
        return !is_uni_word(ch);
    case CAT_UNI_LINEBREAK:
        return kr_unicode_has(ch, KR_UC_LINEBREAK);
    case CAT_UNI_NOT_LINEBREAK:
        return !kr_unicode_has(ch, KR_UC_LINEBREAK);
    default:
        return false;
    }
}

// Whether ch is in the charset starting at p (a list of set items ending with FAILURE).
static bool in_charset(const KrSreState *st, intptr_t p, uint32_t ch) {
    const uint32_t *code = st->code;
    intptr_t n = st->codelen;
    bool ok = true;
    while (p < n) {
        switch (code[p]) {
        case OP_FAILURE:
            return !ok;
        case OP_LITERAL:
            if (p + 1 < n && ch == code[p + 1]) {
                return ok;
            }
            p += 2;
            break;
        case OP_CATEGORY:
            if (p + 1 < n && category(code[p + 1], ch)) {
                return ok;
            }
            p += 2;
            break;
        case OP_CHARSET:
            if (p + 8 < n && ch < 256 && ((code[p + 1 + (ch >> 5)] >> (ch & 31)) & 1)) {
                return ok;
            }
            p += 9;
            break;
        case OP_RANGE:
            if (p + 2 < n && code[p + 1] <= ch && ch <= code[p + 2]) {
                return ok;
            }
            p += 3;
            break;
        case OP_RANGE_UNI_IGNORE:
            if (p + 2 < n) {
                uint32_t up = kr_sre_engine_upper_unicode(ch);
                if ((code[p + 1] <= ch && ch <= code[p + 2]) || (code[p + 1] <= up && up <= code[p + 2])) {
                    return ok;
                }
            }
            p += 3;
            break;
        case OP_NEGATE:
            ok = !ok;
            p++;
            break;
        case OP_BIGCHARSET: {
            // count, 256 block numbers packed as bytes in 64 words, then count blocks of 8 words.
            if (p + 65 >= n) {
                return false;
            }
            intptr_t blocks = (intptr_t)code[p + 1];
            if (ch < 65536) {
                const uint8_t *map = (const uint8_t *)&code[p + 2];
                intptr_t w = p + 66 + (intptr_t)map[ch >> 8] * 8 + ((ch & 255) >> 5);
                if (w < n && ((code[w] >> (ch & 31)) & 1)) {
                    return ok;
                }
            }
            p += 66 + blocks * 8;
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

#define CHAR_AT(st, i) kr_str_read_unit((st)->kind, (st)->data, (i))

static inline uint32_t kr_str_read_unit(unsigned kind, const void *data, intptr_t i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
                     : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}

// Whether the single-character item at p matches ch.
static bool match_one(const KrSreState *st, intptr_t p, uint32_t ch) {
    if (p + 1 >= st->codelen) {
        return st->code[p] == OP_ANY_ALL || (st->code[p] == OP_ANY && ch != '\n');
    }
    uint32_t arg = st->code[p + 1];
    switch (st->code[p]) {
    case OP_ANY:
        return ch != '\n';
    case OP_ANY_ALL:
        return true;
    case OP_LITERAL:
        return ch == arg;
    case OP_NOT_LITERAL:
        return ch != arg;
    case OP_LITERAL_IGNORE:
        return kr_sre_engine_lower_ascii(ch) == arg;
    case OP_NOT_LITERAL_IGNORE:
        return kr_sre_engine_lower_ascii(ch) != arg;
    case OP_LITERAL_UNI_IGNORE:
        return kr_sre_engine_lower_unicode(ch) == arg;
    case OP_NOT_LITERAL_UNI_IGNORE:
        return kr_sre_engine_lower_unicode(ch) != arg;
    case OP_LITERAL_LOC_IGNORE:
        return ch == arg || kr_sre_engine_lower_ascii(ch) == arg || upper_ascii(ch) == arg;
    case OP_NOT_LITERAL_LOC_IGNORE:
        return !(ch == arg || kr_sre_engine_lower_ascii(ch) == arg || upper_ascii(ch) == arg);
    case OP_CATEGORY:
        return category(arg, ch);
    case OP_IN:
        return in_charset(st, p + 2, ch);
    case OP_IN_IGNORE:
        return in_charset(st, p + 2, kr_sre_engine_lower_ascii(ch));
    case OP_IN_UNI_IGNORE:
        return in_charset(st, p + 2, kr_sre_engine_lower_unicode(ch));
    case OP_IN_LOC_IGNORE:
        return in_charset(st, p + 2, ch) || in_charset(st, p + 2, kr_sre_engine_lower_ascii(ch)) ||
               in_charset(st, p + 2, upper_ascii(ch));
    default:
        return false;
    }
}

// The code words a single-character item takes (0: not such an item).
static intptr_t unit_width(const KrSreState *st, intptr_t p) {
    switch (st->code[p]) {
    case OP_ANY:
    case OP_ANY_ALL:
        return 1;
    case OP_LITERAL:
    case OP_NOT_LITERAL:
    case OP_LITERAL_IGNORE:
    case OP_NOT_LITERAL_IGNORE:
    case OP_LITERAL_UNI_IGNORE:
    case OP_NOT_LITERAL_UNI_IGNORE:
    case OP_LITERAL_LOC_IGNORE:
    case OP_NOT_LITERAL_LOC_IGNORE:
    case OP_CATEGORY:
        return 2;
    case OP_IN:
    case OP_IN_IGNORE:
    case OP_IN_UNI_IGNORE:
    case OP_IN_LOC_IGNORE:
        return p + 1 < st->codelen && st->code[p + 1] > 0 ? 1 + (intptr_t)st->code[p + 1] : 0;
    default:
        return 0;
    }
}

static bool at(const KrSreState *st, uint32_t kind, intptr_t pos) {
    intptr_t end = st->end;
    bool prev, here;
    switch (kind) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
        return pos == 0;
    case AT_BEGINNING_LINE:
        return pos == 0 || CHAR_AT(st, pos - 1) == '\n';
    case AT_END:
        return pos == end || (pos + 1 == end && CHAR_AT(st, pos) == '\n');
    case AT_END_LINE:
        return pos == end || CHAR_AT(st, pos) == '\n';
    case AT_END_STRING:
        return pos == end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
        if (end == 0) {
            return false;
        }
        prev = pos > 0 && is_ascii_word(CHAR_AT(st, pos - 1));
        here = pos < end && is_ascii_word(CHAR_AT(st, pos));
        return (kind == AT_BOUNDARY || kind == AT_LOC_BOUNDARY) ? prev != here : prev == here;
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY:
        if (end == 0) {
            return false;
        }
        prev = pos > 0 && is_uni_word(CHAR_AT(st, pos - 1));
        here = pos < end && is_uni_word(CHAR_AT(st, pos));
        return kind == AT_UNI_BOUNDARY ? prev != here : prev == here;
    default:
        return false;
    }
}

// Grows *buf (of *cap elements of `size` bytes) to hold `need` elements.
static int grow(KrThread *ts, void **buf, intptr_t *cap, intptr_t need, size_t size) {
    if (need <= *cap) {
        return 0;
    }
    intptr_t n = *cap ? *cap : 16;
    while (n < need) {
        n *= 2;
    }
    void *p = kr_mem_realloc(ts, *buf, (size_t)n * size);
    if (!p) {
        return -1;
    }
    *buf = p;
    *cap = n;
    return 0;
}

// Sets a var, logging the old value so backtracking can restore it.
static int set_var(KrThread *ts, KrSreState *st, intptr_t i, intptr_t v) {
    if (st->vars[i] == v) {
        return 0;
    }
    if (grow(ts, (void **)&st->undo, &st->capundo, st->nundo + 2, sizeof(intptr_t)) < 0) {
        return -1;
    }
    st->undo[st->nundo++] = i;
    st->undo[st->nundo++] = st->vars[i];
    st->vars[i] = v;
    return 0;
}

static void undo_to(KrSreState *st, intptr_t n) {
    while (st->nundo > n) {
        st->nundo -= 2;
        st->vars[st->undo[st->nundo]] = st->undo[st->nundo + 1];
    }
}

static KrSreChoice *push(KrThread *ts, KrSreState *st, int kind, intptr_t pc, intptr_t pos) {
    if (grow(ts, (void **)&st->choices, &st->capchoices, st->nchoices + 1, sizeof(KrSreChoice)) < 0) {
        return NULL;
    }
    KrSreChoice *c = &st->choices[st->nchoices++];
    c->kind = kind;
    c->pc = pc;
    c->pos = pos;
    c->nundo = st->nundo;
    c->a = c->b = c->c = 0;
    return c;
}

static int push_barrier(KrThread *ts, KrSreState *st, int sub, intptr_t pc, intptr_t pos) {
    KrSreChoice *c = push(ts, st, CH_BARRIER, pc, pos);
    if (!c || grow(ts, (void **)&st->barriers, &st->capbarriers, st->nbarriers + 1, sizeof(intptr_t)) < 0) {
        return -1;
    }
    c->a = sub;
    st->barriers[st->nbarriers++] = st->nchoices - 1;
    return 0;
}

// Greedy repeat: lowers count until the tail's leading literal (if any) can match.
static intptr_t rep_one_fit(const KrSreState *st, intptr_t tail, intptr_t base, intptr_t count, intptr_t min) {
    if (tail + 1 < st->codelen && st->code[tail] == OP_LITERAL) {
        uint32_t lit = st->code[tail + 1];
        while (count >= min && (base + count >= st->end || CHAR_AT(st, base + count) != lit)) {
            count--;
        }
    }
    return count;
}

static int invalid(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_RuntimeError, "invalid SRE code");
    return -1;
}

// Compares the text of group g at pos; returns the new position or -1.
static intptr_t groupref(const KrSreState *st, uint32_t op, intptr_t g, intptr_t pos) {
    if (g < 0 || g >= st->ngroups) {
        return -1;
    }
    intptr_t s = st->vars[V_MARKS + 2 * g], e = st->vars[V_MARKS + 2 * g + 1];
    if (s < 0 || e < s || pos + (e - s) > st->end) {
        return -1;
    }
    for (intptr_t i = 0; i < e - s; i++) {
        uint32_t a = CHAR_AT(st, s + i), b = CHAR_AT(st, pos + i);
        if (op == OP_GROUPREF_UNI_IGNORE) {
            a = kr_sre_engine_lower_unicode(a);
            b = kr_sre_engine_lower_unicode(b);
        } else if (op != OP_GROUPREF) {
            a = kr_sre_engine_lower_ascii(a);
            b = kr_sre_engine_lower_ascii(b);
        }
        if (a != b) {
            return -1;
        }
    }
    return pos + (e - s);
}

// Resumes the topmost choice point. Returns 1 with *pc / *pos set, 0 when none is left.
static int backtrack(KrThread *ts, KrSreState *st, intptr_t *pcp, intptr_t *posp) {
    const uint32_t *code = st->code;
    while (st->nchoices > 0) {
        KrSreChoice *c = &st->choices[st->nchoices - 1];
        undo_to(st, c->nundo);
        switch (c->kind) {
        case CH_BRANCH: {
            intptr_t q = c->pc;
            while (q < st->codelen && code[q] != 0) {
                intptr_t alt = q + 1;
                q += code[q];
                // An alternative opening with a literal that can't match is skipped.
                if (alt + 1 < st->codelen && code[alt] == OP_LITERAL &&
                    (c->pos >= st->end || CHAR_AT(st, c->pos) != code[alt + 1])) {
                    continue;
                }
                c->pc = q;
                *pcp = alt;
                *posp = c->pos;
                return 1;
            }
            st->nchoices--;
            continue;
        }
        case CH_REP_ONE: {
            intptr_t count = rep_one_fit(st, c->pc, c->pos, c->a - 1, c->b);
            if (count < c->b) {
                st->nchoices--;
                continue;
            }
            c->a = count;
            *pcp = c->pc;
            *posp = c->pos + count;
            return 1;
        }
        case CH_MIN_REP_ONE:
            if ((c->b != (intptr_t)KR_SRE_MAXREPEAT && c->a >= c->b) || c->pos >= st->end ||
                !match_one(st, c->c, CHAR_AT(st, c->pos))) {
                st->nchoices--;
                continue;
            }
            c->a++;
            c->pos++;
            *pcp = c->pc;
            *posp = c->pos;
            return 1;
        case CH_BARRIER: {
            KrSreChoice b = *c;
            st->nchoices--;
            st->nbarriers--;
            if (b.a == BAR_ASSERT_NOT || (b.a == BAR_POSS && b.b >= (intptr_t)code[b.pc + 2])) {
                *pcp = b.a == BAR_POSS ? b.pc + 2 + code[b.pc + 1] : b.pc;
                *posp = b.pos;
                return 1;
            }
            continue;
        }
        case CH_REPEAT_TAIL: {
            KrSreChoice b = *c;
            st->nchoices--;
            if (set_var(ts, st, V_REPEAT, st->vars[b.a + 3]) < 0) {
                return -1;
            }
            *pcp = b.pc;
            *posp = b.pos;
            return 1;
        }
        case CH_MIN_MORE: {
            KrSreChoice b = *c;
            st->nchoices--;
            intptr_t ctx = b.a, rp = st->vars[ctx + 2];
            intptr_t count = st->vars[ctx] + 1;
            if ((code[rp + 3] != KR_SRE_MAXREPEAT && count >= (intptr_t)code[rp + 3]) ||
                b.pos == st->vars[ctx + 1]) {
                continue;
            }
            if (set_var(ts, st, ctx, count) < 0 || set_var(ts, st, ctx + 1, b.pos) < 0) {
                return -1;
            }
            *pcp = rp + 4;
            *posp = b.pos;
            return 1;
        }
        default:
            return invalid(ts);
        }
    }
    return 0;
}

// SUCCESS inside a lookaround, atomic group or possessive repeat. Returns 1 to go
// on at *pc / *pos, 0 to backtrack.
static int close_barrier(KrThread *ts, KrSreState *st, intptr_t *pcp, intptr_t *posp) {
    intptr_t bi = st->barriers[st->nbarriers - 1];
    KrSreChoice *c = &st->choices[bi];
    const uint32_t *code = st->code;
    switch (c->a) {
    case BAR_ASSERT:
        *pcp = c->pc;
        *posp = c->pos;
        break;
    case BAR_ASSERT_NOT:
        undo_to(st, c->nundo);
        st->nchoices = bi;
        st->nbarriers--;
        return 0;
    case BAR_ATOMIC:
        *pcp = c->pc;
        break;
    default: {
        // One more possessive iteration done: keep it, try another one.
        intptr_t count = c->b + 1, max = code[c->pc + 3];
        st->nchoices = bi + 1;
        if (*posp != c->pos && (max == (intptr_t)KR_SRE_MAXREPEAT || count < max)) {
            c->b = count;
            c->pos = *posp;
            c->nundo = st->nundo;
            *pcp = c->pc + 4;
            return 1;
        }
        *pcp = c->pc + 2 + code[c->pc + 1];
        break;
    }
    }
    (void)ts;
    st->nchoices = bi;
    st->nbarriers--;
    return 1;
}

// The interpreter loop: 1 matched, 0 not, -1 error.
static int run(KrThread *ts, KrSreState *st, intptr_t pc, intptr_t pos, bool fullmatch, bool no_empty) {
    const uint32_t *code = st->code;
    intptr_t n = st->codelen, end = st->end;
    for (;;) {
        if (pc < 0 || pc >= n) {
            return invalid(ts);
        }
        uint32_t op = code[pc];
        intptr_t w;
        switch (op) {
        case OP_FAILURE:
            goto fail;
        case OP_SUCCESS:
            if (st->nbarriers > 0) {
                if (close_barrier(ts, st, &pc, &pos) == 0) {
                    goto fail;
                }
                continue;
            }
            if ((fullmatch && pos != end) || (no_empty && pos == st->start)) {
                goto fail;
            }
            st->pos = pos;
            return 1;
        case OP_AT:
            if (pc + 1 >= n || !at(st, code[pc + 1], pos)) {
                goto fail;
            }
            pc += 2;
            continue;
        case OP_INFO:
        case OP_JUMP:
            if (pc + 1 >= n) {
                return invalid(ts);
            }
            pc += 1 + code[pc + 1];
            continue;
        case OP_MARK: {
            if (pc + 1 >= n || (intptr_t)code[pc + 1] >= 2 * st->ngroups) {
                return invalid(ts);
            }
            uint32_t i = code[pc + 1];
            if (set_var(ts, st, V_MARKS + i, pos) < 0 ||
                ((i & 1) && set_var(ts, st, V_LASTINDEX, i / 2 + 1) < 0)) {
                return -1;
            }
            pc += 2;
            continue;
        }
        case OP_BRANCH: {
            KrSreChoice *c = push(ts, st, CH_BRANCH, pc + 1, pos);
            if (!c) {
                return -1;
            }
            goto fail; // tries the first alternative that fits
        }
        case OP_REPEAT_ONE:
        case OP_MIN_REPEAT_ONE:
        case OP_POSSESSIVE_REPEAT_ONE: {
            if (pc + 4 >= n || unit_width(st, pc + 4) == 0) {
                return invalid(ts);
            }
            intptr_t tail = pc + 1 + code[pc + 1], item = pc + 4;
            intptr_t min = code[pc + 2];
            intptr_t max = code[pc + 3] == KR_SRE_MAXREPEAT ? INTPTR_MAX : (intptr_t)code[pc + 3];
            intptr_t limit = op == OP_MIN_REPEAT_ONE ? min : max;
            intptr_t count = 0;
            while (count < limit && pos + count < end && match_one(st, item, CHAR_AT(st, pos + count))) {
                count++;
            }
            if (count < min) {
                goto fail;
            }
            if (op == OP_REPEAT_ONE && count > min) {
                count = rep_one_fit(st, tail, pos, count, min);
                if (count < min) {
                    goto fail;
                }
                KrSreChoice *c = count > min ? push(ts, st, CH_REP_ONE, tail, pos) : NULL;
                if (count > min && !c) {
                    return -1;
                }
                if (c) {
                    c->a = count;
                    c->b = min;
                }
            } else if (op == OP_MIN_REPEAT_ONE && count < max) {
                KrSreChoice *c = push(ts, st, CH_MIN_REP_ONE, tail, pos + count);
                if (!c) {
                    return -1;
                }
                c->a = count;
                c->b = code[pc + 3] == KR_SRE_MAXREPEAT ? (intptr_t)KR_SRE_MAXREPEAT : max;
                c->c = item;
            }
            pos += count;
            pc = tail;
            continue;
        }
        case OP_REPEAT: {
            if (pc + 4 >= n) {
                return invalid(ts);
            }
            intptr_t r = st->vars[V_RTOP];
            if (grow(ts, (void **)&st->vars, &st->capvars, r + 4, sizeof(intptr_t)) < 0 ||
                set_var(ts, st, V_RTOP, r + 4) < 0) {
                return -1;
            }
            st->vars[r] = -1;
            st->vars[r + 1] = -1;
            st->vars[r + 2] = pc;
            st->vars[r + 3] = st->vars[V_REPEAT];
            if (set_var(ts, st, V_REPEAT, r) < 0) {
                return -1;
            }
            pc += 1 + code[pc + 1];
            continue;
        }
        case OP_MAX_UNTIL:
        case OP_MIN_UNTIL: {
            intptr_t ctx = st->vars[V_REPEAT];
            if (ctx < 0) {
                return invalid(ts);
            }
            intptr_t rp = st->vars[ctx + 2], count = st->vars[ctx] + 1;
            intptr_t min = code[rp + 2];
            bool more = code[rp + 3] == KR_SRE_MAXREPEAT || count < (intptr_t)code[rp + 3];
            if (count < min) {
                if (set_var(ts, st, ctx, count) < 0) {
                    return -1;
                }
                pc = rp + 4;
                continue;
            }
            if (op == OP_MAX_UNTIL) {
                if (more && pos != st->vars[ctx + 1]) {
                    if (!push(ts, st, CH_REPEAT_TAIL, pc + 1, pos)) {
                        return -1;
                    }
                    st->choices[st->nchoices - 1].a = ctx;
                    if (set_var(ts, st, ctx, count) < 0 || set_var(ts, st, ctx + 1, pos) < 0) {
                        return -1;
                    }
                    pc = rp + 4;
                    continue;
                }
            } else {
                if (!push(ts, st, CH_MIN_MORE, pc, pos)) {
                    return -1;
                }
                st->choices[st->nchoices - 1].a = ctx;
            }
            if (set_var(ts, st, V_REPEAT, st->vars[ctx + 3]) < 0) {
                return -1;
            }
            pc++;
            continue;
        }
        case OP_POSSESSIVE_REPEAT:
            if (pc + 4 >= n) {
                return invalid(ts);
            }
            if (code[pc + 3] == 0) {
                pc += 2 + code[pc + 1];
                continue;
            }
            if (push_barrier(ts, st, BAR_POSS, pc, pos) < 0) {
                return -1;
            }
            pc += 4;
            continue;
        case OP_ATOMIC_GROUP:
            if (pc + 2 >= n || push_barrier(ts, st, BAR_ATOMIC, pc + 1 + code[pc + 1], pos) < 0) {
                return pc + 2 >= n ? invalid(ts) : -1;
            }
            pc += 2;
            continue;
        case OP_ASSERT:
        case OP_ASSERT_NOT: {
            if (pc + 3 >= n) {
                return invalid(ts);
            }
            intptr_t tail = pc + 1 + code[pc + 1], back = code[pc + 2];
            if (pos - back < 0) {
                if (op == OP_ASSERT) {
                    goto fail;
                }
                pc = tail;
                continue;
            }
            if (push_barrier(ts, st, op == OP_ASSERT ? BAR_ASSERT : BAR_ASSERT_NOT, tail, pos) < 0) {
                return -1;
            }
            pos -= back;
            pc += 3;
            continue;
        }
        case OP_GROUPREF:
        case OP_GROUPREF_IGNORE:
        case OP_GROUPREF_LOC_IGNORE:
        case OP_GROUPREF_UNI_IGNORE:
            if (pc + 1 >= n) {
                return invalid(ts);
            }
            pos = groupref(st, op, code[pc + 1], pos);
            if (pos < 0) {
                goto fail;
            }
            pc += 2;
            continue;
        case OP_GROUPREF_EXISTS: {
            if (pc + 2 >= n) {
                return invalid(ts);
            }
            intptr_t g = code[pc + 1];
            bool set = g < st->ngroups && st->vars[V_MARKS + 2 * g] >= 0 &&
                       st->vars[V_MARKS + 2 * g + 1] >= st->vars[V_MARKS + 2 * g];
            pc = set ? pc + 3 : pc + 1 + code[pc + 2];
            continue;
        }
        default:
            w = unit_width(st, pc);
            if (w == 0) {
                return invalid(ts);
            }
            if (pos >= end || !match_one(st, pc, CHAR_AT(st, pos))) {
                goto fail;
            }
            pos++;
            pc += w;
            continue;
        }
    fail: {
        int r = backtrack(ts, st, &pc, &pos);
        if (r <= 0) {
            return r;
        }
    }
    }
}

int kr_sre_engine_match(KrThread *ts, KrSreState *st, intptr_t pos, bool fullmatch, bool no_empty) {
    intptr_t nmarks = 2 * st->ngroups, base = V_MARKS + nmarks;
    if (grow(ts, (void **)&st->vars, &st->capvars, base + 4, sizeof(intptr_t)) < 0) {
        return -1;
    }
    if (!st->marks && nmarks > 0) {
        st->marks = kr_mem_alloc(ts, (size_t)nmarks * sizeof(intptr_t));
        if (!st->marks) {
            return -1;
        }
    }
    st->vars[V_LASTINDEX] = -1;
    st->vars[V_REPEAT] = -1;
    st->vars[V_RTOP] = base;
    for (intptr_t i = 0; i < nmarks; i++) {
        st->vars[V_MARKS + i] = -1;
    }
    st->nundo = st->nchoices = st->nbarriers = 0;
    st->start = pos;
    int r = run(ts, st, 0, pos, fullmatch, no_empty);
    if (r == 1) {
        if (nmarks > 0) {
            memcpy(st->marks, st->vars + V_MARKS, (size_t)nmarks * sizeof(intptr_t));
        }
        st->lastindex = st->vars[V_LASTINDEX];
    }
    return r;
}

int kr_sre_engine_search(KrThread *ts, KrSreState *st, intptr_t pos, bool no_empty) {
    const uint32_t *code = st->code;
    intptr_t first = 0, minlen = 0;
    if (st->codelen > 4 && code[0] == OP_INFO) {
        minlen = code[3];
        first = 1 + code[1];
    }
    bool lit = first + 1 < st->codelen && code[first] == OP_LITERAL;
    for (; pos <= st->end; pos++) {
        if (st->end - pos < minlen) {
            return 0;
        }
        if (lit) {
            while (pos < st->end && CHAR_AT(st, pos) != code[first + 1]) {
                pos++;
            }
            if (pos >= st->end) {
                return 0;
            }
        }
        int r = kr_sre_engine_match(ts, st, pos, false, no_empty);
        if (r != 0) {
            return r;
        }
        no_empty = false;
    }
    return 0;
}

void kr_sre_state_free(KrThread *ts, KrSreState *st) {
    kr_mem_free(ts, st->marks);
    kr_mem_free(ts, st->vars);
    kr_mem_free(ts, st->undo);
    kr_mem_free(ts, st->choices);
    kr_mem_free(ts, st->barriers);
    memset(st, 0, sizeof(*st));
}
