// SPDX-License-Identifier: MIT
// Code generation for the match statement, following CPython 3.11's pattern
// compiler: the subject stays on the stack (moved with COPY and SWAP), the
// values to capture pile up under it and are stored only once the whole
// pattern has matched, and every failure jumps to a "fail_pop" label that
// pops exactly what is on the stack at that point.
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

#define OP(op) KR_TRY(kr_compile_op(c, KR_OP_##op, 0))
#define OPI(op, arg) KR_TRY(kr_compile_op(c, KR_OP_##op, (arg)))
#define VISIT(e) KR_TRY(kr_compile_expr_visit(c, (e)))

// CPython's pattern_context. `stores` are the names captured so far (their
// values sit on the stack, the first name on top); `on_top` counts the other
// items above them that a failure must also pop; fail_pop[n] is the label
// that pops n items and then goes to the next case.
typedef struct PatternCtx {
    const char **stores;
    int nstores, capstores;
    int *fail_pop;
    int fail_pop_size, fail_pop_cap;
    int on_top;
    bool allow_irrefutable;
} PatternCtx;

static int compile_pattern(KrCompiler *c, KrPattern *p, PatternCtx *pc);

static bool is_wildcard(const KrPattern *p) {
    return p->kind == KR_PAT_AS && !p->v.as.pattern && !p->v.as.name;
}

static bool is_star_wildcard(const KrPattern *p) {
    return p->kind == KR_PAT_STAR && !p->v.star.name;
}

// Raises a SyntaxError at the current position, as CPython's compiler_error
// does: the position is that of the pattern compiled last.
static int pattern_error(KrCompiler *c, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    KrPosition pos = c->u->pos;
    KrLoc loc = {pos.line, pos.col, pos.end_line, pos.end_col};
    return kr_compile_error(c, loc, "%s", buf);
}

// ---- the store list and fail_pop labels ------------------------------------------

static int stores_index(const PatternCtx *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++) {
        if (strcmp(pc->stores[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

static int stores_append(KrCompiler *c, PatternCtx *pc, const char *name) {
    if (pc->nstores == pc->capstores) {
        int ncap = pc->capstores ? pc->capstores * 2 : 8;
        void *p = kr_mem_realloc(c->ts, (void *)pc->stores, sizeof(char *) * (size_t)ncap);
        if (!p) {
            return -1;
        }
        pc->stores = p;
        pc->capstores = ncap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

// Makes sure fail_pop[0..n] exist.
static int ensure_fail_pop(KrCompiler *c, PatternCtx *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) {
        return 0;
    }
    if (size > pc->fail_pop_cap) {
        int ncap = pc->fail_pop_cap ? pc->fail_pop_cap : 8;
        while (ncap < size) {
            ncap *= 2;
        }
        void *p = kr_mem_realloc(c->ts, pc->fail_pop, sizeof(int) * (size_t)ncap);
        if (!p) {
            return -1;
        }
        pc->fail_pop = p;
        pc->fail_pop_cap = ncap;
    }
    while (pc->fail_pop_size < size) {
        int label = kr_compile_new_label(c);
        KR_TRY(label);
        pc->fail_pop[pc->fail_pop_size++] = label;
    }
    return 0;
}

// Emits `op` (a conditional or plain jump) to the label that pops everything
// this pattern has pushed: the items on top plus the captured values.
static int jump_to_fail_pop(KrCompiler *c, PatternCtx *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    KR_TRY(ensure_fail_pop(c, pc, pops));
    return kr_compile_op(c, op, pc->fail_pop[pops]);
}

// Places the fail_pop labels, each followed by one POP_TOP falling into the
// next, and forgets them.
static int emit_and_reset_fail_pop(KrCompiler *c, PatternCtx *pc) {
    if (!pc->fail_pop_size) {
        return 0;
    }
    while (--pc->fail_pop_size) {
        kr_compile_place(c, pc->fail_pop[pc->fail_pop_size]);
        OP(POP_TOP);
    }
    kr_compile_place(c, pc->fail_pop[0]);
    return 0;
}

// Moves the top of the stack down `count` places (3.10's ROT_N, as SWAPs).
static int rotate(KrCompiler *c, int count) {
    while (count > 1) {
        OPI(SWAP, count--);
    }
    return 0;
}

static int store_name(KrCompiler *c, const char *name, PatternCtx *pc) {
    if (!name) {
        OP(POP_TOP);
        return 0;
    }
    KrPosition pos = c->u->pos;
    KrLoc loc = {pos.line, pos.col, pos.end_line, pos.end_col};
    KR_TRY(kr_compile_check_debug(c, name, KR_CTX_STORE, loc));
    if (stores_index(pc, name) >= 0) {
        return pattern_error(c, "multiple assignments to name '%s' in pattern", name);
    }
    // The value goes under the items on top and the earlier captures.
    KR_TRY(rotate(c, pc->on_top + pc->nstores + 1));
    return stores_append(c, pc, name);
}

// Like compile_pattern, with the irrefutability check off (sub-patterns).
static int compile_subpattern(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    KR_TRY(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

// ---- literals and values ------------------------------------------------------------

// Loads the value of a literal or value pattern: a constant (negative numbers
// and complex literals arrive as unary/binary operations and are folded, as
// CPython's AST optimizer does) or a dotted name.
static int load_pattern_value(KrCompiler *c, KrExpr *e, const char *what) {
    if (e->kind == KR_EXPR_Attribute || e->kind == KR_EXPR_Constant) {
        return kr_compile_expr_visit(c, e);
    }
    if (e->kind == KR_EXPR_UnaryOp || e->kind == KR_EXPR_BinOp) {
        KrObject *v = kr_compile_fold(c, e);
        if (v) {
            return kr_compile_load_const_steal(c, v);
        }
    }
    return pattern_error(c, "%s", what);
}

static int compile_value(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    KR_TRY(load_pattern_value(c, p->v.value.value, "patterns may only match literals and attribute lookups"));
    OPI(COMPARE_OP, KR_EQ);
    return jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE);
}

static int compile_singleton(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    KR_TRY(kr_compile_load_const(c, p->v.singleton.value));
    OPI(IS_OP, 0);
    return jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE);
}

// ---- sequences -------------------------------------------------------------------------

static int load_int(KrCompiler *c, int64_t v) {
    return kr_compile_load_const_steal(c, kr_int_from_i64(c->ts, v));
}

// Unpacks the subject into one stack item per sub-pattern and matches each.
static int sequence_unpack(KrCompiler *c, KrPatternSeq patterns, int star, PatternCtx *pc) {
    int n = patterns.n;
    if (star >= 0) {
        if (star >= (1 << 8) || n - star - 1 >= (KR_MAX_OPARG >> 8)) {
            return pattern_error(c, "too many expressions in star-unpacking sequence pattern");
        }
        OPI(UNPACK_EX, star + ((n - star - 1) << 8));
    } else {
        OPI(UNPACK_SEQUENCE, n);
    }
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        KR_TRY(compile_subpattern(c, patterns.items[i], pc));
    }
    return 0;
}

// With a `*_` wildcard, subscripts the subject instead of unpacking it
// (indexes after the star are computed from len(), never negative).
static int sequence_subscr(KrCompiler *c, KrPatternSeq patterns, int star, PatternCtx *pc) {
    pc->on_top++;
    int n = patterns.n;
    for (int i = 0; i < n; i++) {
        KrPattern *p = patterns.items[i];
        if (is_wildcard(p) || i == star) {
            continue;
        }
        OPI(COPY, 1);
        if (i < star) {
            KR_TRY(load_int(c, i));
        } else {
            OP(GET_LEN);
            KR_TRY(load_int(c, n - i));
            OPI(BINARY_OP, KR_BINOP_SUBTRACT);
        }
        OP(BINARY_SUBSCR);
        KR_TRY(compile_subpattern(c, p, pc));
    }
    pc->on_top--;
    OP(POP_TOP);
    return 0;
}

static int compile_sequence(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    KrPatternSeq patterns = p->v.sequence.patterns;
    int n = patterns.n;
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        KrPattern *sub = patterns.items[i];
        if (sub->kind == KR_PAT_STAR) {
            if (star >= 0) {
                return pattern_error(c, "multiple starred names in sequence pattern");
            }
            star_wildcard = is_star_wildcard(sub);
            only_wildcard = only_wildcard && star_wildcard;
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(sub);
    }
    // The subject stays on top through the type and length checks.
    pc->on_top++;
    OP(MATCH_SEQUENCE);
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        OP(GET_LEN);
        KR_TRY(load_int(c, n));
        OPI(COMPARE_OP, KR_EQ);
        KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    } else if (n > 1) {
        OP(GET_LEN);
        KR_TRY(load_int(c, n - 1));
        OPI(COMPARE_OP, KR_GE);
        KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        OP(POP_TOP);
        return 0;
    }
    if (star_wildcard) {
        return sequence_subscr(c, patterns, star, pc);
    }
    return sequence_unpack(c, patterns, star, pc);
}

// ---- mappings --------------------------------------------------------------------------

// Checks the keys of a mapping pattern and pushes them: literals (duplicates
// are a SyntaxError) or dotted names (duplicates are found at run time).
static int mapping_keys(KrCompiler *c, KrPattern *p) {
    KrThread *ts = c->ts;
    KrExprSeq keys = p->v.mapping.keys;
    KrObject *seen = kr_set_new(ts, NULL);
    if (!seen) {
        return -1;
    }
    for (int i = 0; i < keys.n; i++) {
        KrExpr *key = keys.items[i];
        KrObject *value = NULL;
        if (key->kind == KR_EXPR_Constant) {
            value = KR_INCREF(key->v.constant.value);
        } else if (key->kind == KR_EXPR_UnaryOp || key->kind == KR_EXPR_BinOp) {
            value = kr_compile_fold(c, key);
        } else if (key->kind != KR_EXPR_Attribute) {
            pattern_error(c, "mapping pattern keys may only match literals and attribute lookups");
            goto error;
        }
        if (!value && key->kind != KR_EXPR_Attribute) {
            pattern_error(c, "mapping pattern keys may only match literals and attribute lookups");
            goto error;
        }
        if (value) {
            int dup = kr_set_contains(ts, seen, value);
            if (dup > 0) {
                KrObject *r = kr_repr(ts, value);
                const char *s = r ? kr_str_utf8(ts, r, NULL) : NULL;
                if (s) {
                    pattern_error(c, "mapping pattern checks duplicate key (%s)", s);
                }
                KR_XDECREF(ts, r);
                KR_DECREF(ts, value);
                goto error;
            }
            if (dup < 0 || kr_set_add(ts, seen, value) < 0 || kr_compile_load_const(c, value) < 0) {
                KR_DECREF(ts, value);
                goto error;
            }
            KR_DECREF(ts, value);
        } else if (kr_compile_expr_visit(c, key) < 0) {
            goto error;
        }
    }
    KR_DECREF(ts, seen);
    return 0;
error:
    KR_DECREF(ts, seen);
    return -1;
}

static int compile_mapping(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    KrPatternSeq patterns = p->v.mapping.patterns;
    int size = p->v.mapping.keys.n;
    const char *star_target = p->v.mapping.rest;
    // The subject stays on top through the type and length checks.
    pc->on_top++;
    OP(MATCH_MAPPING);
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        OP(POP_TOP);
        return 0;
    }
    if (size) {
        OP(GET_LEN);
        KR_TRY(load_int(c, size));
        OPI(COMPARE_OP, KR_GE);
        KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    }
    KR_TRY(mapping_keys(c, p));
    OPI(BUILD_TUPLE, size);
    OP(MATCH_KEYS);
    // [subject, keys, values or None]
    pc->on_top += 2;
    OPI(COPY, 1);
    KR_TRY(kr_compile_load_none(c));
    OPI(IS_OP, 1);
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    OPI(UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        KR_TRY(compile_subpattern(c, patterns.items[i], pc));
    }
    // A match: what follows consumes the keys tuple and the subject.
    pc->on_top -= 2;
    if (star_target) {
        // rest = dict(subject); then `del rest[key]` for every key.
        OPI(BUILD_MAP, 0);           // [subject, keys, {}]
        OPI(SWAP, 3);                // [{}, keys, subject]
        OPI(DICT_UPDATE, 2);         // [rest, keys]
        OPI(UNPACK_SEQUENCE, size);  // [rest, key_n-1 .. key_0]
        while (size) {
            OPI(COPY, 1 + size--);   // [rest, keys.., rest]
            OPI(SWAP, 2);            // [rest, keys.., rest, key]
            OP(DELETE_SUBSCR);       // [rest, keys..]
        }
        return store_name(c, star_target, pc);
    }
    OP(POP_TOP); // the keys
    OP(POP_TOP); // the subject
    return 0;
}

// ---- class patterns --------------------------------------------------------------------

static int validate_kwd_attrs(KrCompiler *c, KrIdentSeq attrs, KrPatternSeq patterns) {
    for (int i = 0; i < attrs.n; i++) {
        kr_compile_set_loc(c, patterns.items[i]->loc);
        KR_TRY(kr_compile_check_debug(c, attrs.items[i], KR_CTX_STORE, patterns.items[i]->loc));
        for (int j = i + 1; j < attrs.n; j++) {
            if (strcmp(attrs.items[i], attrs.items[j]) == 0) {
                kr_compile_set_loc(c, patterns.items[j]->loc);
                return pattern_error(c, "attribute name repeated in class pattern: %s", attrs.items[i]);
            }
        }
    }
    return 0;
}

static int compile_class(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    KrPatternSeq patterns = p->v.cls.patterns;
    KrIdentSeq attrs = p->v.cls.kwd_attrs;
    KrPatternSeq kwd_patterns = p->v.cls.kwd_patterns;
    int nargs = patterns.n, nattrs = attrs.n;
    if (nattrs) {
        KR_TRY(validate_kwd_attrs(c, attrs, kwd_patterns));
        kr_compile_set_loc(c, p->loc);
    }
    VISIT(p->v.cls.cls);
    KrObject *names = kr_tuple_new(c->ts, nattrs);
    if (!names) {
        return -1;
    }
    for (int i = 0; i < nattrs; i++) {
        KrObject *s = kr_str_intern_cstr(c->ts, attrs.items[i]);
        if (!s) {
            for (int j = i; j < nattrs; j++) {
                KR_TUPLE_SET(names, j, KR_INCREF(KR_NONE));
            }
            KR_DECREF(c->ts, names);
            return -1;
        }
        KR_TUPLE_SET(names, i, s);
    }
    KR_TRY(kr_compile_load_const_steal(c, names));
    OPI(MATCH_CLASS, nargs);
    OPI(COPY, 1);
    KR_TRY(kr_compile_load_none(c));
    OPI(IS_OP, 1);
    // On top: a tuple of nargs + nattrs attributes, or None.
    pc->on_top++;
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    OPI(UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        KrPattern *sub = i < nargs ? patterns.items[i] : kwd_patterns.items[i - nargs];
        if (is_wildcard(sub)) {
            OP(POP_TOP);
            continue;
        }
        KR_TRY(compile_subpattern(c, sub, pc));
    }
    return 0;
}

// ---- as, star and or ------------------------------------------------------------------

static int compile_as(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name) {
                return pattern_error(c, "name capture '%s' makes remaining patterns unreachable", p->v.as.name);
            }
            return pattern_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.as.name, pc);
    }
    // Keep a copy to store once the sub-pattern has matched.
    pc->on_top++;
    OPI(COPY, 1);
    KR_TRY(compile_pattern(c, p->v.as.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.as.name, pc);
}

// One alternative of an or-pattern: matches a copy of the subject with a
// fresh store list, then reorders its captures like the first alternative's
// (`control`, whose store list it takes over when `first`).
static int compile_alternative(KrCompiler *c, KrPattern *alt, PatternCtx *pc, PatternCtx *control, bool first,
                               int end) {
    OPI(COPY, 1);
    KR_TRY(compile_pattern(c, alt, pc));
    int nstores = pc->nstores;
    if (first) {
        control->stores = pc->stores;
        control->nstores = pc->nstores;
        control->capstores = pc->capstores;
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
    } else if (nstores != control->nstores) {
        return pattern_error(c, "alternative patterns bind different names");
    } else {
        for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
            int istores = stores_index(pc, control->stores[icontrol]);
            if (istores < 0) {
                return pattern_error(c, "alternative patterns bind different names");
            }
            // Move the first istores+1 captures down so that this name lands
            // at index icontrol, on the stack and in the list alike.
            for (int r = icontrol != istores ? istores + 1 : 0; r > 0; r--) {
                KR_TRY(rotate(c, icontrol + 1));
                const char *top = pc->stores[0];
                memmove(pc->stores, pc->stores + 1, sizeof(char *) * (size_t)icontrol);
                pc->stores[icontrol] = top;
            }
        }
    }
    OPI(JUMP, end);
    return emit_and_reset_fail_pop(c, pc);
}

static int compile_or(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    int end = kr_compile_new_label(c);
    KR_TRY(end);
    KrPatternSeq alts = p->v.or_.patterns;
    PatternCtx control = {0};
    PatternCtx sub = {0};
    int rc = -1, nrots;
    for (int i = 0; i < alts.n; i++) {
        KrPattern *alt = alts.items[i];
        kr_compile_set_loc(c, alt->loc);
        // An irrefutable alternative must come last, if it is allowed at all.
        sub.nstores = 0;
        sub.on_top = 0;
        sub.fail_pop_size = 0;
        sub.allow_irrefutable = i == alts.n - 1 && pc->allow_irrefutable;
        if (compile_alternative(c, alt, &sub, &control, i == 0, end) < 0) {
            goto done;
        }
    }
    // No alternative matched: pop the subject and fail.
    if (kr_compile_op(c, KR_OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, KR_OP_JUMP) < 0) {
        goto done;
    }
    kr_compile_place(c, end);
    // [.., earlier stores, items on top, subject, new captures]: move each
    // capture below everything this pattern must keep.
    nrots = control.nstores + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < control.nstores; i++) {
        if (rotate(c, nrots) < 0) {
            goto done;
        }
        const char *name = control.stores[i];
        if (stores_index(pc, name) >= 0) {
            pattern_error(c, "multiple assignments to name '%s' in pattern", name);
            goto done;
        }
        if (stores_append(c, pc, name) < 0) {
            goto done;
        }
    }
    rc = kr_compile_op(c, KR_OP_POP_TOP, 0); // the subject
done:
    kr_mem_free(c->ts, (void *)control.stores);
    kr_mem_free(c->ts, (void *)sub.stores);
    kr_mem_free(c->ts, sub.fail_pop);
    return rc;
}

static int compile_pattern(KrCompiler *c, KrPattern *p, PatternCtx *pc) {
    KrThread *ts = c->ts;
    if (kr_enter_recursive(ts, " during compilation") < 0) {
        return -1;
    }
    kr_compile_set_loc(c, p->loc);
    int rc;
    switch (p->kind) {
    case KR_PAT_VALUE:
        rc = compile_value(c, p, pc);
        break;
    case KR_PAT_SINGLETON:
        rc = compile_singleton(c, p, pc);
        break;
    case KR_PAT_SEQUENCE:
        rc = compile_sequence(c, p, pc);
        break;
    case KR_PAT_MAPPING:
        rc = compile_mapping(c, p, pc);
        break;
    case KR_PAT_CLASS:
        rc = compile_class(c, p, pc);
        break;
    case KR_PAT_STAR:
        rc = store_name(c, p->v.star.name, pc);
        break;
    case KR_PAT_AS:
        rc = compile_as(c, p, pc);
        break;
    case KR_PAT_OR:
        rc = compile_or(c, p, pc);
        break;
    default:
        rc = pattern_error(c, "invalid pattern");
        break;
    }
    kr_leave_recursive(ts);
    return rc;
}

// ---- the statement ---------------------------------------------------------------------

// One case that is not the trailing `case _:`. `copy`: keep the subject for
// the cases after it.
static int compile_case(KrCompiler *c, KrMatchCase *m, PatternCtx *pc, bool copy, bool last, int end) {
    kr_compile_set_loc(c, m->pattern->loc);
    if (copy) {
        OPI(COPY, 1);
    }
    pc->nstores = 0;
    pc->fail_pop_size = 0;
    pc->on_top = 0;
    // Irrefutable cases must be guarded, last, or both.
    pc->allow_irrefutable = m->guard != NULL || last;
    KR_TRY(compile_pattern(c, m->pattern, pc));
    // A match: store the captured names (their values are on the stack).
    for (int n = 0; n < pc->nstores; n++) {
        KR_TRY(kr_compile_nameop(c, pc->stores[n], KR_CTX_STORE));
    }
    if (m->guard) {
        KR_TRY(ensure_fail_pop(c, pc, 0));
        KR_TRY(kr_compile_expr_jump_if(c, m->guard, pc->fail_pop[0], false));
    }
    if (copy) {
        OP(POP_TOP); // the subject
    }
    KR_TRY(kr_compile_stmt_seq(c, m->body));
    OPI(JUMP, end);
    // The failure path takes the pattern's position, not the body's last line.
    kr_compile_set_loc(c, m->pattern->loc);
    return emit_and_reset_fail_pop(c, pc);
}

int kr_compile_match_stmt(KrCompiler *c, KrStmt *s) {
    KrMatchCaseSeq cases = s->v.match.cases;
    VISIT(s->v.match.subject);
    int end = kr_compile_new_label(c);
    KR_TRY(end);
    KrMatchCase *lastcase = cases.items[cases.n - 1];
    bool has_default = is_wildcard(lastcase->pattern) && cases.n > 1;
    PatternCtx pc = {0};
    int rc = -1;
    int n = cases.n - (has_default ? 1 : 0);
    for (int i = 0; i < n; i++) {
        if (compile_case(c, cases.items[i], &pc, i != n - 1, i == cases.n - 1, end) < 0) {
            goto done;
        }
    }
    if (has_default) {
        // The trailing `case _:` needs no pattern code; the subject is gone.
        kr_compile_set_loc(c, lastcase->pattern->loc);
        if (kr_compile_op(c, KR_OP_NOP, 0) < 0) {
            goto done;
        }
        if (lastcase->guard && kr_compile_expr_jump_if(c, lastcase->guard, end, false) < 0) {
            goto done;
        }
        if (kr_compile_stmt_seq(c, lastcase->body) < 0) {
            goto done;
        }
    }
    kr_compile_place(c, end);
    rc = 0;
done:
    kr_mem_free(c->ts, (void *)pc.stores);
    kr_mem_free(c->ts, pc.fail_pop);
    return rc;
}
