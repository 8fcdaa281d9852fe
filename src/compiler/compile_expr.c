// SPDX-License-Identifier: MIT
// Code generation for expressions: loads, stores, deletes, calls, displays,
// comprehensions, f-strings and conditional jumps.
#include "compile.h"

#include <stdio.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

#define OP(op) KR_TRY(kr_compile_op(c, KR_OP_##op, 0))
#define OPI(op, arg) KR_TRY(kr_compile_op(c, KR_OP_##op, (arg)))
#define VISIT(e) KR_TRY(kr_compile_expr_visit(c, (e)))
#define LABEL(var) int var = kr_compile_new_label(c); KR_TRY(var)

static int visit_seq(KrCompiler *c, KrExprSeq seq) {
    for (int i = 0; i < seq.n; i++) {
        VISIT(seq.items[i]);
    }
    return 0;
}

// Folds elts[start:end] into a tuple constant if every item is constant, else NULL.
static KrObject *fold_items(KrCompiler *c, KrExprSeq elts, int start, int end) {
    for (int i = start; i < end; i++) {
        KrExpr *e = elts.items[i];
        if (!e || (e->kind != KR_EXPR_Constant && e->kind != KR_EXPR_UnaryOp && e->kind != KR_EXPR_BinOp &&
                   e->kind != KR_EXPR_Tuple)) {
            return NULL;
        }
    }
    KrObject *t = kr_tuple_new(c->ts, end - start);
    if (!t) {
        kr_err_clear(c->ts);
        return NULL;
    }
    for (int i = start; i < end; i++) {
        KrObject *v = kr_compile_fold(c, elts.items[i]);
        if (!v) {
            for (int j = i; j < end; j++) {
                KR_TUPLE_SET(t, j - start, KR_INCREF(KR_NONE));
            }
            KR_DECREF(c->ts, t);
            return NULL;
        }
        KR_TUPLE_SET(t, i - start, v);
    }
    return t;
}

// ---- displays ------------------------------------------------------------------

// CPython's starunpack_helper: [a, *b, c], {*a}, (a, *b), and positional call arguments.
static int starunpack(KrCompiler *c, KrExprSeq elts, int pushed, int build, int add, int extend, bool tuple) {
    int n = elts.n;
    if (n > 2) {
        KrObject *folded = fold_items(c, elts, 0, n);
        if (folded) {
            if (tuple && !pushed) {
                return kr_compile_load_const_steal(c, folded);
            }
            if (add == KR_OP_SET_ADD) {
                // CPython's constant merging rebuilds the frozenset from its own
                // iteration order; doing the same gives the same set display order.
                KrObject *fs = kr_frozenset_new(c->ts, folded);
                KR_DECREF(c->ts, folded);
                KrObject *items = fs ? kr_tuple_from_iterable(c->ts, fs) : NULL;
                KR_XDECREF(c->ts, fs);
                folded = items ? kr_frozenset_new(c->ts, items) : NULL;
                KR_XDECREF(c->ts, items);
                if (!folded) {
                    return -1;
                }
            }
            if (kr_compile_op(c, build, pushed) < 0) {
                KR_DECREF(c->ts, folded);
                return -1;
            }
            KR_TRY(kr_compile_load_const_steal(c, folded));
            KR_TRY(kr_compile_op(c, extend, 1));
            if (tuple) {
                OP(LIST_TO_TUPLE);
            }
            return 0;
        }
    }
    bool big = n + pushed > KR_STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts.items[i]->kind == KR_EXPR_Starred) {
            seen_star = true;
        }
    }
    if (!seen_star && !big) {
        KR_TRY(visit_seq(c, elts));
        return kr_compile_op(c, tuple ? KR_OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        KR_TRY(kr_compile_op(c, build, pushed));
        built = true;
    }
    for (int i = 0; i < n; i++) {
        KrExpr *elt = elts.items[i];
        if (elt->kind == KR_EXPR_Starred) {
            if (!built) {
                KR_TRY(kr_compile_op(c, build, i + pushed));
                built = true;
            }
            VISIT(elt->v.starred.value);
            KR_TRY(kr_compile_op(c, extend, 1));
        } else {
            VISIT(elt);
            if (built) {
                KR_TRY(kr_compile_op(c, add, 1));
            }
        }
    }
    if (tuple) {
        OP(LIST_TO_TUPLE);
    }
    return 0;
}

static int subdict(KrCompiler *c, KrExpr *e, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > KR_STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        KrObject *keys = fold_items(c, e->v.dict.keys, begin, end);
        if (keys) {
            for (int i = begin; i < end; i++) {
                if (kr_compile_expr_visit(c, e->v.dict.values.items[i]) < 0) {
                    KR_DECREF(c->ts, keys);
                    return -1;
                }
            }
            KR_TRY(kr_compile_load_const_steal(c, keys));
            OPI(BUILD_CONST_KEY_MAP, n);
            return 0;
        }
    }
    if (big) {
        OPI(BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        VISIT(e->v.dict.keys.items[i]);
        VISIT(e->v.dict.values.items[i]);
        if (big) {
            OPI(MAP_ADD, 1);
        }
    }
    if (!big) {
        OPI(BUILD_MAP, n);
    }
    return 0;
}

static int compile_dict(KrCompiler *c, KrExpr *e) {
    int n = e->v.dict.values.n;
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        if (e->v.dict.keys.items[i] == NULL) {
            if (elements) {
                KR_TRY(subdict(c, e, i - elements, i));
                if (have_dict) {
                    OPI(DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                OPI(BUILD_MAP, 0);
                have_dict = true;
            }
            VISIT(e->v.dict.values.items[i]);
            OPI(DICT_UPDATE, 1);
        } else if (elements * 2 > KR_STACK_USE_GUIDELINE) {
            KR_TRY(subdict(c, e, i - elements, i + 1));
            if (have_dict) {
                OPI(DICT_UPDATE, 1);
            }
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        KR_TRY(subdict(c, e, n - elements, n));
        if (have_dict) {
            OPI(DICT_UPDATE, 1);
        }
        have_dict = true;
    }
    if (!have_dict) {
        OPI(BUILD_MAP, 0);
    }
    return 0;
}

// ---- assignment targets -----------------------------------------------------------

static int unpack_helper(KrCompiler *c, KrExprSeq elts) {
    int n = elts.n;
    KrPosition p = c->u->pos;
    KrLoc target_loc = {p.line, p.col, p.end_line, p.end_col};
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        KrExpr *elt = elts.items[i];
        if (elt->kind == KR_EXPR_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 15)) {
                return kr_compile_error(c, target_loc, "too many expressions in star-unpacking assignment");
            }
            OPI(UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == KR_EXPR_Starred) {
            return kr_compile_error(c, target_loc, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) {
        OPI(UNPACK_SEQUENCE, n);
    }
    return 0;
}

static int assignment_helper(KrCompiler *c, KrExprSeq elts) {
    KR_TRY(unpack_helper(c, elts));
    for (int i = 0; i < elts.n; i++) {
        KrExpr *elt = elts.items[i];
        VISIT(elt->kind == KR_EXPR_Starred ? elt->v.starred.value : elt);
    }
    return 0;
}

static int compile_list_or_tuple(KrCompiler *c, KrExpr *e, bool is_tuple) {
    switch (e->v.list.ctx) {
    case KR_CTX_STORE:
        return assignment_helper(c, e->v.list.elts);
    case KR_CTX_DEL:
        return visit_seq(c, e->v.list.elts);
    default:
        if (is_tuple) {
            KrObject *folded = kr_compile_fold(c, e);
            if (folded) {
                return kr_compile_load_const_steal(c, folded);
            }
            return starunpack(c, e->v.list.elts, 0, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND, KR_OP_LIST_EXTEND, true);
        }
        return starunpack(c, e->v.list.elts, 0, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND, KR_OP_LIST_EXTEND, false);
    }
}

// ---- comparisons and conditions -------------------------------------------------------

static int compare_op(KrCompiler *c, int op) {
    switch (op) {
    case KR_CMP_IS:
        return kr_compile_op(c, KR_OP_IS_OP, 0);
    case KR_CMP_IS_NOT:
        return kr_compile_op(c, KR_OP_IS_OP, 1);
    case KR_CMP_IN:
        return kr_compile_op(c, KR_OP_CONTAINS_OP, 0);
    case KR_CMP_NOT_IN:
        return kr_compile_op(c, KR_OP_CONTAINS_OP, 1);
    default:
        return kr_compile_op(c, KR_OP_COMPARE_OP, op);
    }
}

// Is `e` a tuple display of constants (which CPython's AST optimizer has
// folded into one constant by the time it checks `is`)?
static bool is_constant_tuple(KrExpr *e) {
    if (e->kind != KR_EXPR_Tuple) {
        return false;
    }
    for (int i = 0; i < e->v.list.elts.n; i++) {
        KrExpr *item = e->v.list.elts.items[i];
        if (item->kind != KR_EXPR_Constant && !is_constant_tuple(item)) {
            return false;
        }
    }
    return true;
}

// May `e` be an operand of `is`? Anything but a literal other than None,
// True, False and ... (CPython's check_is_arg).
static bool is_arg_ok(KrExpr *e) {
    if (e->kind != KR_EXPR_Constant) {
        return !is_constant_tuple(e);
    }
    KrObject *v = e->v.constant.value;
    return v == KR_NONE || v == KR_TRUE || v == KR_FALSE || v == KR_ELLIPSIS;
}

// The SyntaxWarning for `x is 1` (CPython's check_compare).
static int check_compare(KrCompiler *c, KrExpr *e) {
    bool left_ok = is_arg_ok(e->v.compare.left);
    for (int i = 0; i < e->v.compare.ops.n; i++) {
        int op = e->v.compare.ops.items[i];
        KrExpr *right = e->v.compare.comparators.items[i];
        bool right_ok = is_arg_ok(right);
        if ((op == KR_CMP_IS || op == KR_CMP_IS_NOT) && (!left_ok || !right_ok)) {
            return kr_compile_warn(c, e->loc, op == KR_CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                               : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
        left_ok = right_ok;
    }
    return 0;
}

static int compile_compare(KrCompiler *c, KrExpr *e) {
    KR_TRY(check_compare(c, e));
    int n = e->v.compare.ops.n - 1;
    VISIT(e->v.compare.left);
    if (n == 0) {
        VISIT(e->v.compare.comparators.items[0]);
        return compare_op(c, e->v.compare.ops.items[0]);
    }
    int cleanup = kr_compile_new_label(c);
    int end = kr_compile_new_label(c);
    KR_TRY(cleanup);
    KR_TRY(end);
    for (int i = 0; i < n; i++) {
        VISIT(e->v.compare.comparators.items[i]);
        OPI(SWAP, 2);
        OPI(COPY, 2);
        KR_TRY(compare_op(c, e->v.compare.ops.items[i]));
        OPI(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    VISIT(e->v.compare.comparators.items[n]);
    KR_TRY(compare_op(c, e->v.compare.ops.items[n]));
    OPI(JUMP, end);
    kr_compile_place(c, cleanup);
    OPI(SWAP, 2);
    OP(POP_TOP);
    kr_compile_place(c, end);
    return 0;
}

int kr_compile_expr_jump_if(KrCompiler *c, KrExpr *e, int label, bool cond) {
    switch (e->kind) {
    case KR_EXPR_Constant:
    case KR_EXPR_Name:
    case KR_EXPR_UnaryOp:
    case KR_EXPR_BinOp: {
        KrObject *v = kr_compile_fold(c, e);
        if (v) {
            int t = kr_is_true(c->ts, v);
            KR_DECREF(c->ts, v);
            KR_TRY(t);
            if ((t != 0) == cond) {
                OPI(JUMP, label);
            }
            return 0;
        }
        if (e->kind == KR_EXPR_UnaryOp && e->v.unaryop.op == KR_UNARY_NOT) {
            return kr_compile_expr_jump_if(c, e->v.unaryop.operand, label, !cond);
        }
        break;
    }
    case KR_EXPR_BoolOp: {
        KrExprSeq s = e->v.boolop.values;
        int n = s.n - 1;
        bool cond2 = e->v.boolop.op == KR_BOOL_OR;
        int next2 = label;
        if (cond2 != cond) {
            next2 = kr_compile_new_label(c);
            KR_TRY(next2);
        }
        for (int i = 0; i < n; i++) {
            KR_TRY(kr_compile_expr_jump_if(c, s.items[i], next2, cond2));
        }
        KR_TRY(kr_compile_expr_jump_if(c, s.items[n], label, cond));
        if (next2 != label) {
            kr_compile_place(c, next2);
        }
        return 0;
    }
    case KR_EXPR_IfExp: {
        int end = kr_compile_new_label(c);
        int next2 = kr_compile_new_label(c);
        KR_TRY(end);
        KR_TRY(next2);
        KR_TRY(kr_compile_expr_jump_if(c, e->v.ifexp.test, next2, false));
        KR_TRY(kr_compile_expr_jump_if(c, e->v.ifexp.body, label, cond));
        OPI(JUMP, end);
        kr_compile_place(c, next2);
        KR_TRY(kr_compile_expr_jump_if(c, e->v.ifexp.orelse, label, cond));
        kr_compile_place(c, end);
        return 0;
    }
    case KR_EXPR_Compare: {
        int n = e->v.compare.ops.n - 1;
        if (n == 0) {
            break;
        }
        KR_TRY(check_compare(c, e));
        KrPosition saved = c->u->pos;
        kr_compile_set_loc(c, e->loc);
        int cleanup = kr_compile_new_label(c);
        int end = kr_compile_new_label(c);
        KR_TRY(cleanup);
        KR_TRY(end);
        VISIT(e->v.compare.left);
        for (int i = 0; i < n; i++) {
            VISIT(e->v.compare.comparators.items[i]);
            OPI(SWAP, 2);
            OPI(COPY, 2);
            KR_TRY(compare_op(c, e->v.compare.ops.items[i]));
            OPI(POP_JUMP_IF_FALSE, cleanup);
        }
        VISIT(e->v.compare.comparators.items[n]);
        KR_TRY(compare_op(c, e->v.compare.ops.items[n]));
        KR_TRY(kr_compile_op(c, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, label));
        OPI(JUMP, end);
        kr_compile_place(c, cleanup);
        OP(POP_TOP);
        if (!cond) {
            OPI(JUMP, label);
        }
        kr_compile_place(c, end);
        c->u->pos = saved;
        return 0;
    }
    default:
        break;
    }
    VISIT(e);
    KrPosition saved = c->u->pos;
    kr_compile_set_loc(c, e->loc);
    KR_TRY(kr_compile_op(c, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, label));
    if (e->kind != KR_EXPR_Compare) {
        // CPython 3.11 leaves a comparison's location current after the jump:
        // `assert a == b` reports the failure at the comparison.
        c->u->pos = saved;
    }
    return 0;
}

static int compile_boolop(KrCompiler *c, KrExpr *e) {
    int op = e->v.boolop.op == KR_BOOL_AND ? KR_OP_JUMP_IF_FALSE_OR_POP : KR_OP_JUMP_IF_TRUE_OR_POP;
    int end = kr_compile_new_label(c);
    KR_TRY(end);
    KrExprSeq s = e->v.boolop.values;
    for (int i = 0; i < s.n - 1; i++) {
        VISIT(s.items[i]);
        KR_TRY(kr_compile_op(c, op, end));
    }
    VISIT(s.items[s.n - 1]);
    kr_compile_place(c, end);
    return 0;
}

// ---- calls ---------------------------------------------------------------------------

static int validate_keywords(KrCompiler *c, KrKeywordSeq kws) {
    for (int i = 0; i < kws.n; i++) {
        const char *a = kws.items[i]->arg;
        if (!a) {
            continue;
        }
        for (int j = i + 1; j < kws.n; j++) {
            if (kws.items[j]->arg && strcmp(a, kws.items[j]->arg) == 0) {
                return kr_compile_error(c, kws.items[j]->loc, "keyword argument repeated: %s", a);
            }
        }
    }
    return 0;
}

// Pushes the keyword values, then KW_NAMES with the tuple of their names.
static int call_simple_kw(KrCompiler *c, KrKeywordSeq kws) {
    for (int i = 0; i < kws.n; i++) {
        VISIT(kws.items[i]->value);
    }
    KrObject *names = kr_tuple_new(c->ts, kws.n);
    if (!names) {
        return -1;
    }
    for (int i = 0; i < kws.n; i++) {
        KrObject *s = kr_str_intern_cstr(c->ts, kws.items[i]->arg);
        if (!s) {
            for (int j = i; j < kws.n; j++) {
                KR_TUPLE_SET(names, j, KR_INCREF(KR_NONE));
            }
            KR_DECREF(c->ts, names);
            return -1;
        }
        KR_TUPLE_SET(names, i, s);
    }
    int idx = kr_compile_add_const(c, names);
    KR_DECREF(c->ts, names);
    KR_TRY(idx);
    return kr_compile_op(c, KR_OP_KW_NAMES, idx);
}

// Builds the dict for keywords[begin:end] (all named).
static int subkwargs(KrCompiler *c, KrKeywordSeq kws, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > KR_STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++) {
            VISIT(kws.items[i]->value);
        }
        KrObject *keys = kr_tuple_new(c->ts, n);
        if (!keys) {
            return -1;
        }
        for (int i = begin; i < end; i++) {
            KrObject *s = kr_str_intern_cstr(c->ts, kws.items[i]->arg);
            KR_TUPLE_SET(keys, i - begin, s ? s : KR_INCREF(KR_NONE));
            if (!s) {
                for (int j = i + 1; j < end; j++) {
                    KR_TUPLE_SET(keys, j - begin, KR_INCREF(KR_NONE));
                }
                KR_DECREF(c->ts, keys);
                return -1;
            }
        }
        KR_TRY(kr_compile_load_const_steal(c, keys));
        OPI(BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (big) {
        OPI(BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        KR_TRY(kr_compile_load_str(c, kws.items[i]->arg));
        VISIT(kws.items[i]->value);
        if (big) {
            OPI(MAP_ADD, 1);
        }
    }
    if (!big) {
        OPI(BUILD_MAP, n);
    }
    return 0;
}

// CPython's compiler_call_helper: n positional values are already on the stack.
int kr_compile_expr_call_helper(KrCompiler *c, int n, KrExprSeq args, KrKeywordSeq keywords) {
    KR_TRY(validate_keywords(c, keywords));
    int nelts = args.n, nkw = keywords.n;
    bool ex_call = nelts + nkw * 2 > KR_STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex_call; i++) {
        ex_call = args.items[i]->kind == KR_EXPR_Starred;
    }
    for (int i = 0; i < nkw && !ex_call; i++) {
        ex_call = keywords.items[i]->arg == NULL;
    }
    if (!ex_call) {
        KR_TRY(visit_seq(c, args));
        if (nkw) {
            KR_TRY(call_simple_kw(c, keywords));
        }
        OPI(CALL, n + nelts + nkw);
        return 0;
    }
    // The general form: an args tuple and a kwargs dict for CALL_FUNCTION_EX.
    if (n == 0 && nelts == 1 && args.items[0]->kind == KR_EXPR_Starred) {
        VISIT(args.items[0]->v.starred.value);
    } else {
        KR_TRY(starunpack(c, args, n, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND, KR_OP_LIST_EXTEND, true));
    }
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            KrKeyword *kw = keywords.items[i];
            if (kw->arg == NULL) {
                if (nseen) {
                    KR_TRY(subkwargs(c, keywords, i - nseen, i));
                    if (have_dict) {
                        OPI(DICT_MERGE, 1);
                    }
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    OPI(BUILD_MAP, 0);
                    have_dict = true;
                }
                VISIT(kw->value);
                OPI(DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            KR_TRY(subkwargs(c, keywords, nkw - nseen, nkw));
            if (have_dict) {
                OPI(DICT_MERGE, 1);
            }
        }
    }
    OPI(CALL_FUNCTION_EX, nkw > 0);
    return 0;
}

static bool is_import_originated(KrCompiler *c, KrExpr *e) {
    return e->kind == KR_EXPR_Name && (kr_symtable_flags(c->st->top, e->v.name.id) & KR_DEF_IMPORT);
}

// As CPython 3.11, an attribute access (and a method call) whose name sits
// on a later line than the current position starts at that name, so that a
// traceback through a multi-line chain shows the line of the failing link.
static void match_attr_loc(KrCompiler *c, KrExpr *attr) {
    KrPosition *p = &c->u->pos;
    if (p->line == attr->loc.end_lineno) {
        return;
    }
    p->line = attr->loc.end_lineno;
    int len = (int)strlen(attr->v.attribute.attr);
    if (len <= attr->loc.end_col_offset) {
        p->col = attr->loc.end_col_offset - len;
    } else {
        p->col = -1;
        p->end_col = -1;
    }
    if (p->end_line < p->line) {
        p->end_line = p->line;
    }
}

// ---- "perhaps you missed a comma?" warnings ---------------------------------------
// CPython's compiler warns when a literal is called or subscripted in a way
// that must fail at run time (check_caller / check_subscripter / check_index).

// The type a literal expression evaluates to, or NULL when unknown (infer_type).
static const char *literal_type_name(KrExpr *e) {
    switch (e->kind) {
    case KR_EXPR_Tuple: return "tuple";
    case KR_EXPR_List: case KR_EXPR_ListComp: return "list";
    case KR_EXPR_Dict: case KR_EXPR_DictComp: return "dict";
    case KR_EXPR_Set: case KR_EXPR_SetComp: return "set";
    case KR_EXPR_GeneratorExp: return "generator";
    case KR_EXPR_Lambda: return "function";
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue: return "str";
    case KR_EXPR_Constant: return kr_type_name_cstr(KR_TYPE(e->v.constant.value));
    default: return NULL;
    }
}

static int comma_warn(KrCompiler *c, KrExpr *e, const char *fmt, const char *a, const char *b) {
    char text[512];
    snprintf(text, sizeof text, fmt, a, b);
    return kr_compile_warn(c, e->loc, text);
}

static int check_caller(KrCompiler *c, KrExpr *e) {
    switch (e->kind) {
    case KR_EXPR_Constant: case KR_EXPR_Tuple: case KR_EXPR_List: case KR_EXPR_ListComp:
    case KR_EXPR_Dict: case KR_EXPR_DictComp: case KR_EXPR_Set: case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp: case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue:
        return comma_warn(c, e, "'%.200s' object is not callable; perhaps you missed a comma?%s",
                          literal_type_name(e), "");
    default:
        return 0;
    }
}

static int check_subscripter(KrCompiler *c, KrExpr *e) {
    if (e->kind == KR_EXPR_Constant) {
        KrObject *v = e->v.constant.value;
        KrType *t = KR_TYPE(v);
        if (!(v == KR_NONE || v == KR_ELLIPSIS || KR_TYPE_CHECK_FLAG(v, KR_TYPE_INT_SUBCLASS) ||
              kr_type_is_subtype(t, &kr_float_type) || kr_type_is_subtype(t, &kr_complex_type) ||
              kr_type_is_subtype(t, &kr_set_type) || kr_type_is_subtype(t, &kr_frozenset_type))) {
            return 0;
        }
    } else if (e->kind != KR_EXPR_Set && e->kind != KR_EXPR_SetComp && e->kind != KR_EXPR_GeneratorExp &&
               e->kind != KR_EXPR_Lambda) {
        return 0;
    }
    return comma_warn(c, e, "'%.200s' object is not subscriptable; perhaps you missed a comma?%s",
                      literal_type_name(e), "");
}

static int check_index(KrCompiler *c, KrExpr *e, KrExpr *index) {
    const char *index_type = literal_type_name(index);
    if (!index_type || (index->kind == KR_EXPR_Constant &&
                        KR_TYPE_CHECK_FLAG(index->v.constant.value, KR_TYPE_INT_SUBCLASS))) {
        return 0;
    }
    if (e->kind == KR_EXPR_Constant) {
        KrObject *v = e->v.constant.value;
        if (!(kr_str_check(v) || KR_TYPE_CHECK_FLAG(v, KR_TYPE_TUPLE_SUBCLASS) ||
              kr_type_is_subtype(KR_TYPE(v), &kr_bytes_type))) {
            return 0;
        }
    } else if (e->kind != KR_EXPR_Tuple && e->kind != KR_EXPR_List && e->kind != KR_EXPR_ListComp &&
               e->kind != KR_EXPR_JoinedStr && e->kind != KR_EXPR_FormattedValue) {
        return 0;
    }
    return comma_warn(c, index, "%.200s indices must be integers or slices, not %.200s; perhaps you missed a comma?",
                      literal_type_name(e), index_type);
}

static int compile_call(KrCompiler *c, KrExpr *e) {
    KR_TRY(validate_keywords(c, e->v.call.keywords));
    KR_TRY(check_caller(c, e->v.call.func));
    KrExpr *meth = e->v.call.func;
    KrExprSeq args = e->v.call.args;
    KrKeywordSeq kws = e->v.call.keywords;
    // obj.meth(...) with plain arguments: LOAD_METHOD avoids the bound method.
    bool method = meth->kind == KR_EXPR_Attribute && meth->v.attribute.ctx == KR_CTX_LOAD &&
                  !is_import_originated(c, meth->v.attribute.value) &&
                  args.n + kws.n + (kws.n != 0) < KR_STACK_USE_GUIDELINE;
    for (int i = 0; i < args.n && method; i++) {
        method = args.items[i]->kind != KR_EXPR_Starred;
    }
    for (int i = 0; i < kws.n && method; i++) {
        method = kws.items[i]->arg != NULL;
    }
    if (method) {
        VISIT(meth->v.attribute.value);
        KrPosition saved = c->u->pos;
        kr_compile_set_loc(c, meth->loc);
        match_attr_loc(c, meth);
        KR_TRY(kr_compile_op_name(c, KR_OP_LOAD_METHOD, meth->v.attribute.attr));
        c->u->pos = saved;
        KR_TRY(visit_seq(c, args));
        if (kws.n) {
            KR_TRY(call_simple_kw(c, kws));
        }
        match_attr_loc(c, meth);
        OPI(CALL, args.n + kws.n);
        c->u->pos = saved;
        return 0;
    }
    OP(PUSH_NULL);
    VISIT(meth);
    return kr_compile_expr_call_helper(c, 0, args, kws);
}

int kr_compile_expr_call_exit(KrCompiler *c) {
    KR_TRY(kr_compile_load_none(c));
    KR_TRY(kr_compile_load_none(c));
    KR_TRY(kr_compile_load_none(c));
    OPI(CALL, 2);
    return 0;
}

// ---- functions ---------------------------------------------------------------------

int kr_compile_expr_default_args(KrCompiler *c, KrArguments *args) {
    int flags = 0;
    if (args->defaults.n > 0) {
        KrObject *folded = fold_items(c, args->defaults, 0, args->defaults.n);
        if (folded) {
            KR_TRY(kr_compile_load_const_steal(c, folded));
        } else {
            KR_TRY(visit_seq(c, args->defaults));
            OPI(BUILD_TUPLE, args->defaults.n);
        }
        flags |= 1;
    }
    int count = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        KrExpr *d = i < args->kw_defaults.n ? args->kw_defaults.items[i] : NULL;
        if (d) {
            const char *mangled = kr_compile_mangle(c, args->kwonlyargs.items[i]->arg);
            if (!mangled) {
                return -1;
            }
            KR_TRY(kr_compile_load_str(c, mangled));
            VISIT(d);
            count++;
        }
    }
    if (count) {
        OPI(BUILD_MAP, count);
        flags |= 2;
    }
    return flags;
}

static int annotation(KrCompiler *c, const char *name, KrExpr *ann, int *count) {
    if (!ann) {
        return 0;
    }
    const char *mangled = kr_compile_mangle(c, name);
    if (!mangled) {
        return -1;
    }
    KR_TRY(kr_compile_load_str(c, mangled));
    VISIT(ann);
    (*count)++;
    return 0;
}

// Annotations as 3.11 builds them: a flat tuple (name, value, name, value, ...).
int kr_compile_expr_annotations(KrCompiler *c, KrArguments *args, KrExpr *returns) {
    int count = 0;
    for (int i = 0; i < args->args.n; i++) {
        KR_TRY(annotation(c, args->args.items[i]->arg, args->args.items[i]->annotation, &count));
    }
    for (int i = 0; i < args->posonlyargs.n; i++) {
        KR_TRY(annotation(c, args->posonlyargs.items[i]->arg, args->posonlyargs.items[i]->annotation, &count));
    }
    if (args->vararg) {
        KR_TRY(annotation(c, args->vararg->arg, args->vararg->annotation, &count));
    }
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        KR_TRY(annotation(c, args->kwonlyargs.items[i]->arg, args->kwonlyargs.items[i]->annotation, &count));
    }
    if (args->kwarg) {
        KR_TRY(annotation(c, args->kwarg->arg, args->kwarg->annotation, &count));
    }
    KR_TRY(annotation(c, "return", returns, &count));
    if (count) {
        OPI(BUILD_TUPLE, count * 2);
        return 4;
    }
    return 0;
}

static void set_arg_counts(KrUnit *u, KrArguments *a) {
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
}

static int compile_lambda(KrCompiler *c, KrExpr *e) {
    int flags = kr_compile_expr_default_args(c, e->v.lambda.args);
    KR_TRY(flags);
    KR_TRY(kr_compile_enter_scope(c, "<lambda>", KR_UNIT_LAMBDA, e, e->loc.lineno));
    // None first, so a lambda never has a docstring.
    KR_TRY(kr_compile_add_const(c, KR_NONE));
    set_arg_counts(c->u, e->v.lambda.args);
    kr_compile_set_loc(c, e->v.lambda.body->loc);
    VISIT(e->v.lambda.body);
    OP(RETURN_VALUE);
    return kr_compile_make_closure(c, flags, false);
}

// ---- comprehensions ---------------------------------------------------------------------

int kr_compile_expr_yield_from(KrCompiler *c) {
    int send = kr_compile_new_label(c);
    int exit = kr_compile_new_label(c);
    KR_TRY(send);
    KR_TRY(exit);
    kr_compile_place(c, send);
    OPI(SEND, exit);
    OP(YIELD_VALUE);
    OPI(JUMP, send);
    kr_compile_place(c, exit);
    return 0;
}

int kr_compile_expr_await(KrCompiler *c, int where) {
    OPI(GET_AWAITABLE, where);
    KR_TRY(kr_compile_load_none(c));
    return kr_compile_expr_yield_from(c);
}

static int comprehension_generator(KrCompiler *c, KrExpr *e, KrComprehensionSeq gens, int index, int depth,
                                   KrExpr *elt, KrExpr *val);

// One `async for` clause of a comprehension, as CPython 3.11 compiles it: each
// __anext__() is awaited under a handler whose END_ASYNC_FOR ends the loop.
static int comprehension_async_generator(KrCompiler *c, KrExpr *e, KrComprehensionSeq gens, int index, int depth,
                                         KrExpr *elt, KrExpr *val) {
    KrComprehension *gen = gens.items[index];
    LABEL(start);
    LABEL(except);
    LABEL(if_cleanup);
    if (index == 0) {
        OPI(LOAD_FAST, 0);
    } else {
        VISIT(gen->iter);
        OP(GET_AITER);
    }
    kr_compile_place(c, start);
    KR_TRY(kr_compile_setup(c, KR_SETUP_FINALLY, except));
    OP(GET_ANEXT);
    KR_TRY(kr_compile_load_none(c));
    KR_TRY(kr_compile_expr_yield_from(c));
    kr_compile_pop_block(c);
    VISIT(gen->target);
    for (int i = 0; i < gen->ifs.n; i++) {
        KR_TRY(kr_compile_expr_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    }
    depth++;
    if (index + 1 < gens.n) {
        KR_TRY(comprehension_generator(c, e, gens, index + 1, depth, elt, val));
    } else {
        switch (e->kind) {
        case KR_EXPR_GeneratorExp:
            VISIT(elt);
            OP(ASYNC_GEN_WRAP);
            OP(YIELD_VALUE);
            OP(POP_TOP);
            break;
        case KR_EXPR_ListComp:
            VISIT(elt);
            OPI(LIST_APPEND, depth + 1);
            break;
        case KR_EXPR_SetComp:
            VISIT(elt);
            OPI(SET_ADD, depth + 1);
            break;
        default:
            VISIT(elt);
            VISIT(val);
            OPI(MAP_ADD, depth + 1);
            break;
        }
    }
    kr_compile_place(c, if_cleanup);
    OPI(JUMP, start);
    kr_compile_place(c, except);
    kr_compile_set_loc(c, gen->iter->loc);
    OP(END_ASYNC_FOR);
    return 0;
}

static int comprehension_generator(KrCompiler *c, KrExpr *e, KrComprehensionSeq gens, int index, int depth,
                                   KrExpr *elt, KrExpr *val) {
    KrComprehension *gen = gens.items[index];
    if (gen->is_async) {
        return comprehension_async_generator(c, e, gens, index, depth, elt, val);
    }
    int start = kr_compile_new_label(c);
    int if_cleanup = kr_compile_new_label(c);
    int anchor = kr_compile_new_label(c);
    KR_TRY(start);
    KR_TRY(if_cleanup);
    KR_TRY(anchor);
    bool loop = true;
    if (index == 0) {
        // The outermost iterator arrives as the parameter ".0".
        OPI(LOAD_FAST, 0);
    } else {
        // `for y in [f(x)]` binds a temporary without a loop.
        KrExpr *it = gen->iter;
        if ((it->kind == KR_EXPR_List || it->kind == KR_EXPR_Tuple) && it->v.list.elts.n == 1 &&
            it->v.list.elts.items[0]->kind != KR_EXPR_Starred) {
            VISIT(it->v.list.elts.items[0]);
            loop = false;
        } else {
            VISIT(it);
            OP(GET_ITER);
        }
    }
    if (loop) {
        depth++;
        kr_compile_place(c, start);
        OPI(FOR_ITER, anchor);
    }
    VISIT(gen->target);
    for (int i = 0; i < gen->ifs.n; i++) {
        KR_TRY(kr_compile_expr_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    }
    if (index + 1 < gens.n) {
        KR_TRY(comprehension_generator(c, e, gens, index + 1, depth, elt, val));
    } else {
        switch (e->kind) {
        case KR_EXPR_GeneratorExp:
            VISIT(elt);
            if (c->u->ste->coroutine) {
                OP(ASYNC_GEN_WRAP);
            }
            OP(YIELD_VALUE);
            OP(POP_TOP);
            break;
        case KR_EXPR_ListComp:
            VISIT(elt);
            OPI(LIST_APPEND, depth + 1);
            break;
        case KR_EXPR_SetComp:
            VISIT(elt);
            OPI(SET_ADD, depth + 1);
            break;
        default:
            VISIT(elt);
            VISIT(val);
            OPI(MAP_ADD, depth + 1);
            break;
        }
    }
    kr_compile_place(c, if_cleanup);
    if (loop) {
        OPI(JUMP, start);
        kr_compile_place(c, anchor);
    }
    return 0;
}

static int compile_comprehension(KrCompiler *c, KrExpr *e) {
    const char *name;
    int build = -1;
    KrComprehensionSeq gens = e->v.listcomp.generators;
    KrExpr *elt = e->v.listcomp.elt, *val = NULL;
    switch (e->kind) {
    case KR_EXPR_ListComp:
        name = "<listcomp>";
        build = KR_OP_BUILD_LIST;
        break;
    case KR_EXPR_SetComp:
        name = "<setcomp>";
        build = KR_OP_BUILD_SET;
        break;
    case KR_EXPR_DictComp:
        name = "<dictcomp>";
        build = KR_OP_BUILD_MAP;
        gens = e->v.dictcomp.generators;
        elt = e->v.dictcomp.key;
        val = e->v.dictcomp.value;
        break;
    default:
        name = "<genexpr>";
        break;
    }
    // The enclosing scope decides whether an async comprehension may appear here.
    bool outer_async = c->u->is_async || c->u->kind == KR_UNIT_COMPREHENSION;
    KR_TRY(kr_compile_enter_scope(c, name, KR_UNIT_COMPREHENSION, e, e->loc.lineno));
    c->u->argcount = 1;
    bool is_async = c->u->ste->coroutine;
    if (is_async && e->kind != KR_EXPR_GeneratorExp && !outer_async) {
        return kr_compile_error(c, e->loc, "asynchronous comprehension outside of an asynchronous function");
    }
    if (build >= 0) {
        KR_TRY(kr_compile_op(c, build, 0));
    }
    KR_TRY(comprehension_generator(c, e, gens, 0, 0, elt, val));
    if (build >= 0) {
        OP(RETURN_VALUE);
    }
    KR_TRY(kr_compile_make_closure(c, 0, false));
    VISIT(gens.items[0]->iter);
    if (gens.items[0]->is_async) {
        OP(GET_AITER);
    } else {
        OP(GET_ITER);
    }
    OPI(CALL, 0);
    // A list/set/dict comprehension that awaits is a coroutine: await it here.
    if (is_async && e->kind != KR_EXPR_GeneratorExp) {
        KR_TRY(kr_compile_expr_await(c, 0));
    }
    return 0;
}

// ---- f-strings ------------------------------------------------------------------------

static int compile_joinedstr(KrCompiler *c, KrExpr *e) {
    KrExprSeq values = e->v.joinedstr.values;
    if (values.n > KR_STACK_USE_GUIDELINE) {
        KR_TRY(kr_compile_load_str(c, ""));
        KR_TRY(kr_compile_op_name(c, KR_OP_LOAD_METHOD, "join"));
        OPI(BUILD_LIST, 0);
        for (int i = 0; i < values.n; i++) {
            VISIT(values.items[i]);
            OPI(LIST_APPEND, 1);
        }
        OPI(CALL, 1);
        return 0;
    }
    KR_TRY(visit_seq(c, values));
    if (values.n != 1) {
        OPI(BUILD_STRING, values.n);
    }
    return 0;
}

static int compile_formatted(KrCompiler *c, KrExpr *e) {
    VISIT(e->v.formatted.value);
    int oparg;
    switch (e->v.formatted.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->v.formatted.format_spec) {
        VISIT(e->v.formatted.format_spec);
        oparg |= 4;
    }
    OPI(FORMAT_VALUE, oparg);
    return 0;
}

// ---- the dispatcher --------------------------------------------------------------------

static const int unary_ops[] = {
    [KR_UNARY_INVERT] = KR_OP_UNARY_INVERT,
    [KR_UNARY_NOT] = KR_OP_UNARY_NOT,
    [KR_UNARY_UADD] = KR_OP_UNARY_POSITIVE,
    [KR_UNARY_USUB] = KR_OP_UNARY_NEGATIVE,
};

static int visit_expr1(KrCompiler *c, KrExpr *e) {
    switch (e->kind) {
    case KR_EXPR_NamedExpr:
        VISIT(e->v.namedexpr.value);
        OPI(COPY, 1);
        VISIT(e->v.namedexpr.target);
        return 0;
    case KR_EXPR_BoolOp:
        return compile_boolop(c, e);
    case KR_EXPR_BinOp: {
        KrObject *folded = kr_compile_fold(c, e);
        if (folded) {
            return kr_compile_load_const_steal(c, folded);
        }
        VISIT(e->v.binop.left);
        VISIT(e->v.binop.right);
        OPI(BINARY_OP, e->v.binop.op);
        return 0;
    }
    case KR_EXPR_UnaryOp: {
        KrObject *folded = kr_compile_fold(c, e);
        if (folded) {
            return kr_compile_load_const_steal(c, folded);
        }
        VISIT(e->v.unaryop.operand);
        return kr_compile_op(c, unary_ops[e->v.unaryop.op], 0);
    }
    case KR_EXPR_Lambda:
        return compile_lambda(c, e);
    case KR_EXPR_IfExp: {
        int end = kr_compile_new_label(c);
        int next = kr_compile_new_label(c);
        KR_TRY(end);
        KR_TRY(next);
        KR_TRY(kr_compile_expr_jump_if(c, e->v.ifexp.test, next, false));
        VISIT(e->v.ifexp.body);
        OPI(JUMP, end);
        kr_compile_place(c, next);
        VISIT(e->v.ifexp.orelse);
        kr_compile_place(c, end);
        return 0;
    }
    case KR_EXPR_Dict:
        return compile_dict(c, e);
    case KR_EXPR_Set:
        return starunpack(c, e->v.set.elts, 0, KR_OP_BUILD_SET, KR_OP_SET_ADD, KR_OP_SET_UPDATE, false);
    case KR_EXPR_ListComp:
    case KR_EXPR_SetComp:
    case KR_EXPR_DictComp:
    case KR_EXPR_GeneratorExp:
        return compile_comprehension(c, e);
    case KR_EXPR_Yield:
        if (c->u->ste->type != KR_BLOCK_FUNCTION) {
            return kr_compile_error(c, e->loc, "'yield' outside function");
        }
        if (e->v.await_.value) {
            VISIT(e->v.await_.value);
        } else {
            KR_TRY(kr_compile_load_none(c));
        }
        // An async generator's own yields are wrapped so that its asend()
        // awaitable can tell them from the values its awaits pass up.
        if (c->u->ste->generator && c->u->ste->coroutine) {
            OP(ASYNC_GEN_WRAP);
        }
        OP(YIELD_VALUE);
        return 0;
    case KR_EXPR_YieldFrom:
        if (c->u->ste->type != KR_BLOCK_FUNCTION) {
            return kr_compile_error(c, e->loc, "'yield' outside function");
        }
        if (c->u->is_async) {
            return kr_compile_error(c, e->loc, "'yield from' inside async function");
        }
        VISIT(e->v.await_.value);
        OP(GET_YIELD_FROM_ITER);
        KR_TRY(kr_compile_load_none(c));
        return kr_compile_expr_yield_from(c);
    case KR_EXPR_Await:
        if (c->u->ste->type != KR_BLOCK_FUNCTION) {
            return kr_compile_error(c, e->loc, "'await' outside function");
        }
        if (!c->u->is_async && c->u->kind != KR_UNIT_COMPREHENSION) {
            return kr_compile_error(c, e->loc, "'await' outside async function");
        }
        VISIT(e->v.await_.value);
        return kr_compile_expr_await(c, 0);
    case KR_EXPR_Compare:
        return compile_compare(c, e);
    case KR_EXPR_Call:
        return compile_call(c, e);
    case KR_EXPR_FormattedValue:
        return compile_formatted(c, e);
    case KR_EXPR_JoinedStr:
        return compile_joinedstr(c, e);
    case KR_EXPR_Constant:
        return kr_compile_load_const(c, e->v.constant.value);
    case KR_EXPR_Attribute:
        if (e->v.attribute.ctx == KR_CTX_LOAD) {
            VISIT(e->v.attribute.value);
            match_attr_loc(c, e);
            return kr_compile_op_name(c, KR_OP_LOAD_ATTR, e->v.attribute.attr);
        }
        if (e->v.attribute.ctx == KR_CTX_STORE) {
            KR_TRY(kr_compile_check_debug(c, e->v.attribute.attr, KR_CTX_STORE, e->loc));
        }
        VISIT(e->v.attribute.value);
        match_attr_loc(c, e);
        return kr_compile_op_name(c, e->v.attribute.ctx == KR_CTX_STORE ? KR_OP_STORE_ATTR : KR_OP_DELETE_ATTR,
                                  e->v.attribute.attr);
    case KR_EXPR_Subscript:
        if (e->v.subscript.ctx == KR_CTX_LOAD) {
            KR_TRY(check_subscripter(c, e->v.subscript.value));
            KR_TRY(check_index(c, e->v.subscript.value, e->v.subscript.slice));
        }
        VISIT(e->v.subscript.value);
        VISIT(e->v.subscript.slice);
        switch (e->v.subscript.ctx) {
        case KR_CTX_LOAD: OP(BINARY_SUBSCR); break;
        case KR_CTX_STORE: OP(STORE_SUBSCR); break;
        default: OP(DELETE_SUBSCR); break;
        }
        return 0;
    case KR_EXPR_Starred:
        if (e->v.starred.ctx == KR_CTX_STORE) {
            return kr_compile_error(c, e->loc, "starred assignment target must be in a list or tuple");
        }
        return kr_compile_error(c, e->loc, "can't use starred expression here");
    case KR_EXPR_Slice: {
        int n = 2;
        if (e->v.slice.lower) {
            VISIT(e->v.slice.lower);
        } else {
            KR_TRY(kr_compile_load_none(c));
        }
        if (e->v.slice.upper) {
            VISIT(e->v.slice.upper);
        } else {
            KR_TRY(kr_compile_load_none(c));
        }
        if (e->v.slice.step) {
            VISIT(e->v.slice.step);
            n++;
        }
        OPI(BUILD_SLICE, n);
        return 0;
    }
    case KR_EXPR_Name:
        KR_TRY(kr_compile_check_debug(c, e->v.name.id, e->v.name.ctx, e->loc));
        return kr_compile_nameop(c, e->v.name.id, e->v.name.ctx);
    case KR_EXPR_List:
        return compile_list_or_tuple(c, e, false);
    case KR_EXPR_Tuple:
        return compile_list_or_tuple(c, e, true);
    }
    return 0;
}

int kr_compile_expr_visit(KrCompiler *c, KrExpr *e) {
    KrThread *ts = c->ts;
    if (kr_enter_recursive(ts, " during compilation") < 0) {
        return -1;
    }
    KrPosition saved = c->u->pos;
    kr_compile_set_loc(c, e->loc);
    int rc = visit_expr1(c, e);
    c->u->pos = saved;
    kr_leave_recursive(ts);
    return rc;
}
