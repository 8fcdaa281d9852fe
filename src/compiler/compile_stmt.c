// SPDX-License-Identifier: MIT
// Code generation for statements: definitions, assignments, control flow,
// exception handling (with finally bodies inlined on every exit) and imports.
#include "compile.h"

#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

#define OP(op) KR_TRY(kr_compile_op(c, KR_OP_##op, 0))
#define OPI(op, arg) KR_TRY(kr_compile_op(c, KR_OP_##op, (arg)))
#define VISIT(e) KR_TRY(kr_compile_expr_visit(c, (e)))
#define LABEL(var) int var = kr_compile_new_label(c); KR_TRY(var)

// A copy of the active-handler stack: exits (return, break, continue) pop
// handlers while they emit the unwinding code, then restore them for the
// code that follows.
typedef struct HSave {
    int n;
    int ids[KR_MAX_HSTACK];
} HSave;

static void hs_save(KrCompiler *c, HSave *s) {
    s->n = c->u->nhs;
    memcpy(s->ids, c->u->hstack, sizeof(int) * (size_t)s->n);
}

static void hs_restore(KrCompiler *c, const HSave *s) {
    c->u->nhs = s->n;
    memcpy(c->u->hstack, s->ids, sizeof(int) * (size_t)s->n);
}

int kr_compile_stmt_seq(KrCompiler *c, KrStmtSeq body) {
    for (int i = 0; i < body.n; i++) {
        KR_TRY(kr_compile_stmt_visit(c, body.items[i]));
    }
    return 0;
}

static bool is_docstring(KrStmtSeq body) {
    if (body.n == 0 || body.items[0]->kind != KR_STMT_Expr) {
        return false;
    }
    KrExpr *e = body.items[0]->v.expr.value;
    return e->kind == KR_EXPR_Constant && kr_str_check_exact(e->v.constant.value);
}

bool kr_compile_stmt_find_ann(KrStmtSeq body) {
    for (int i = 0; i < body.n; i++) {
        KrStmt *s = body.items[i];
        switch (s->kind) {
        case KR_STMT_AnnAssign:
            return true;
        case KR_STMT_For:
            if (kr_compile_stmt_find_ann(s->v.for_.body) || kr_compile_stmt_find_ann(s->v.for_.orelse)) {
                return true;
            }
            break;
        case KR_STMT_While:
        case KR_STMT_If:
            if (kr_compile_stmt_find_ann(s->v.while_.body) || kr_compile_stmt_find_ann(s->v.while_.orelse)) {
                return true;
            }
            break;
        case KR_STMT_With:
            if (kr_compile_stmt_find_ann(s->v.with.body)) {
                return true;
            }
            break;
        case KR_STMT_Try:
            if (kr_compile_stmt_find_ann(s->v.try_.body) || kr_compile_stmt_find_ann(s->v.try_.orelse) ||
                kr_compile_stmt_find_ann(s->v.try_.finalbody)) {
                return true;
            }
            for (int j = 0; j < s->v.try_.handlers.n; j++) {
                if (kr_compile_stmt_find_ann(s->v.try_.handlers.items[j]->body)) {
                    return true;
                }
            }
            break;
        case KR_STMT_Match:
            for (int j = 0; j < s->v.match.cases.n; j++) {
                if (kr_compile_stmt_find_ann(s->v.match.cases.items[j]->body)) {
                    return true;
                }
            }
            break;
        default:
            break;
        }
    }
    return false;
}

static bool is_future_import(KrStmt *s) {
    return s->kind == KR_STMT_ImportFrom && s->v.importfrom.module &&
           strcmp(s->v.importfrom.module, "__future__") == 0;
}

// A module or class body: annotations dict, docstring, statements.
int kr_compile_stmt_body(KrCompiler *c, KrStmtSeq body, bool docstring) {
    int i = 0;
    if (kr_compile_stmt_find_ann(body)) {
        if (body.n) {
            kr_compile_set_loc(c, body.items[0]->loc);
        }
        OP(SETUP_ANNOTATIONS);
    }
    bool module = c->u->kind == KR_UNIT_MODULE;
    if (docstring && is_docstring(body)) {
        if (c->optimize < 2) {
            kr_compile_set_loc(c, body.items[0]->loc);
            VISIT(body.items[0]->v.expr.value);
            KR_TRY(kr_compile_nameop(c, "__doc__", KR_CTX_STORE));
        }
        i = 1;
    }
    bool leading = module;
    for (; i < body.n; i++) {
        leading = leading && is_future_import(body.items[i]);
        c->future_ok = leading;
        KR_TRY(kr_compile_stmt_visit(c, body.items[i]));
    }
    c->future_ok = false;
    return 0;
}

// `name = None; del name`: an `except ... as name` clause unbinds its name.
static int clear_handler_name(KrCompiler *c, const char *name) {
    KR_TRY(kr_compile_load_none(c));
    KR_TRY(kr_compile_nameop(c, name, KR_CTX_STORE));
    return kr_compile_nameop(c, name, KR_CTX_DEL);
}

// ---- unwinding for return / break / continue ----------------------------------------

static int unwind_fblock(KrCompiler *c, KrFBlock *info, bool preserve_tos) {
    switch (info->type) {
    case KR_FB_WHILE:
    case KR_FB_EXCEPTION_HANDLER:
        return 0;
    case KR_FB_FOR:
        if (preserve_tos) {
            OPI(SWAP, 2);
        }
        OP(POP_TOP);
        return 0;
    case KR_FB_TRY_EXCEPT:
        kr_compile_pop_block(c);
        return 0;
    case KR_FB_EXCEPTION_GROUP_HANDLER: {
        // Reported where the unwinding got to, as CPython does.
        KrPosition p = c->u->pos;
        KrLoc loc = {p.line, p.col, p.end_line, p.end_col};
        return kr_compile_error(c, loc, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    case KR_FB_FINALLY_TRY: {
        kr_compile_pop_block(c);
        KrLoc loc = ((const KrStmt *)info->datum)->loc;
        if (preserve_tos) {
            KR_TRY(kr_compile_push_fblock(c, loc, KR_FB_POP_VALUE, -1, -1, NULL));
        }
        // The finally body runs inline on this exit path.
        KR_TRY(kr_compile_stmt_seq(c, ((const KrStmt *)info->datum)->v.try_.finalbody));
        if (preserve_tos) {
            kr_compile_pop_fblock(c);
        }
        kr_compile_unset_loc(c);
        return 0;
    }
    case KR_FB_FINALLY_END:
        if (preserve_tos) {
            OPI(SWAP, 2);
        }
        OP(POP_TOP); // the exception
        if (preserve_tos) {
            OPI(SWAP, 2);
        }
        kr_compile_pop_block(c);
        OP(POP_EXCEPT);
        return 0;
    case KR_FB_WITH:
    case KR_FB_ASYNC_WITH:
        kr_compile_set_loc(c, ((const KrStmt *)info->datum)->loc);
        kr_compile_pop_block(c);
        if (preserve_tos) {
            OPI(SWAP, 2);
        }
        KR_TRY(kr_compile_expr_call_exit(c));
        if (info->type == KR_FB_ASYNC_WITH) {
            KR_TRY(kr_compile_expr_await(c, 2));
        }
        OP(POP_TOP);
        kr_compile_unset_loc(c);
        return 0;
    case KR_FB_HANDLER_CLEANUP:
        if (info->datum) {
            kr_compile_pop_block(c);
        }
        if (preserve_tos) {
            OPI(SWAP, 2);
        }
        kr_compile_pop_block(c);
        OP(POP_EXCEPT);
        if (info->datum) {
            KR_TRY(clear_handler_name(c, info->datum));
        }
        return 0;
    case KR_FB_POP_VALUE:
        if (preserve_tos) {
            OPI(SWAP, 2);
        }
        OP(POP_TOP);
        return 0;
    }
    return 0;
}

// Unwinds every frame block up to (not including) the innermost loop if `loop`
// is given, or all of them; the blocks are put back afterwards.
static int unwind_fblock_stack(KrCompiler *c, bool preserve_tos, KrFBlock **loop) {
    KrUnit *u = c->u;
    if (u->nfblocks == 0) {
        return 0;
    }
    KrFBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->type == KR_FB_WHILE || top->type == KR_FB_FOR)) {
        *loop = top;
        return 0;
    }
    KrFBlock copy = *top;
    u->nfblocks--;
    KR_TRY(unwind_fblock(c, &copy, preserve_tos));
    KR_TRY(unwind_fblock_stack(c, preserve_tos, loop));
    u->fblocks[u->nfblocks++] = copy;
    return 0;
}

static int compile_return(KrCompiler *c, KrStmt *s) {
    KrExpr *value = s->v.return_.value;
    bool preserve_tos = value && value->kind != KR_EXPR_Constant;
    if (c->u->ste->type != KR_BLOCK_FUNCTION) {
        return kr_compile_error(c, s->loc, "'return' outside function");
    }
    if (value && c->u->ste->coroutine && c->u->ste->generator) {
        return kr_compile_error(c, s->loc, "'return' with value in async generator");
    }
    if (preserve_tos) {
        VISIT(value);
    } else if (value && value->loc.lineno == s->loc.lineno) {
        kr_compile_set_loc(c, value->loc);
    }
    HSave saved;
    hs_save(c, &saved);
    KR_TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    kr_compile_set_loc(c, s->loc);
    if (!value) {
        KR_TRY(kr_compile_load_none(c));
    } else if (!preserve_tos) {
        VISIT(value);
    }
    OP(RETURN_VALUE);
    hs_restore(c, &saved);
    return 0;
}

static int compile_break(KrCompiler *c, KrStmt *s, bool is_continue) {
    KrFBlock *loop = NULL;
    HSave saved;
    hs_save(c, &saved);
    OP(NOP);
    KR_TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop) {
        return kr_compile_error(c, s->loc, is_continue ? "'continue' not properly in loop" : "'break' outside loop");
    }
    kr_compile_set_loc(c, s->loc);
    if (is_continue) {
        OPI(JUMP, loop->block);
    } else {
        KR_TRY(unwind_fblock(c, loop, false));
        OPI(JUMP, loop->exit);
    }
    hs_restore(c, &saved);
    return 0;
}

// ---- control flow ---------------------------------------------------------------------

static int compile_if(KrCompiler *c, KrStmt *s) {
    LABEL(end);
    int next = end;
    if (s->v.while_.orelse.n) {
        next = kr_compile_new_label(c);
        KR_TRY(next);
    }
    KR_TRY(kr_compile_expr_jump_if(c, s->v.while_.test, next, false));
    KR_TRY(kr_compile_stmt_seq(c, s->v.while_.body));
    if (s->v.while_.orelse.n) {
        kr_compile_unset_loc(c);
        OPI(JUMP, end);
        kr_compile_place(c, next);
        KR_TRY(kr_compile_stmt_seq(c, s->v.while_.orelse));
    }
    kr_compile_place(c, end);
    return 0;
}

static int compile_while(KrCompiler *c, KrStmt *s) {
    LABEL(loop);
    LABEL(body);
    LABEL(anchor);
    LABEL(exit);
    kr_compile_place(c, loop);
    KR_TRY(kr_compile_push_fblock(c, s->loc, KR_FB_WHILE, loop, exit, NULL));
    KR_TRY(kr_compile_expr_jump_if(c, s->v.while_.test, anchor, false));
    kr_compile_place(c, body);
    KR_TRY(kr_compile_stmt_seq(c, s->v.while_.body));
    kr_compile_set_loc(c, s->loc);
    KR_TRY(kr_compile_expr_jump_if(c, s->v.while_.test, body, true));
    kr_compile_pop_fblock(c);
    kr_compile_place(c, anchor);
    KR_TRY(kr_compile_stmt_seq(c, s->v.while_.orelse));
    kr_compile_place(c, exit);
    return 0;
}

// async for, as CPython 3.11: each __anext__() is awaited under a handler
// whose END_ASYNC_FOR turns StopAsyncIteration into the end of the loop.
static int compile_async_for(KrCompiler *c, KrStmt *s) {
    if (!c->u->is_async) {
        return kr_compile_error(c, s->loc, "'async for' outside async function");
    }
    LABEL(start);
    LABEL(except);
    LABEL(end);
    VISIT(s->v.for_.iter);
    OP(GET_AITER);
    kr_compile_place(c, start);
    KR_TRY(kr_compile_push_fblock(c, s->loc, KR_FB_FOR, start, end, NULL));
    KR_TRY(kr_compile_setup(c, KR_SETUP_FINALLY, except));
    OP(GET_ANEXT);
    KR_TRY(kr_compile_load_none(c));
    KR_TRY(kr_compile_expr_yield_from(c));
    kr_compile_pop_block(c);
    VISIT(s->v.for_.target);
    KR_TRY(kr_compile_stmt_seq(c, s->v.for_.body));
    kr_compile_unset_loc(c);
    OPI(JUMP, start);
    kr_compile_pop_fblock(c);
    kr_compile_place(c, except);
    kr_compile_set_loc(c, s->v.for_.iter->loc);
    OP(END_ASYNC_FOR);
    KR_TRY(kr_compile_stmt_seq(c, s->v.for_.orelse));
    kr_compile_place(c, end);
    return 0;
}

static int compile_for(KrCompiler *c, KrStmt *s) {
    if (s->v.for_.is_async) {
        return compile_async_for(c, s);
    }
    LABEL(start);
    LABEL(cleanup);
    LABEL(end);
    KR_TRY(kr_compile_push_fblock(c, s->loc, KR_FB_FOR, start, end, NULL));
    VISIT(s->v.for_.iter);
    OP(GET_ITER);
    kr_compile_place(c, start);
    OPI(FOR_ITER, cleanup);
    VISIT(s->v.for_.target);
    KR_TRY(kr_compile_stmt_seq(c, s->v.for_.body));
    kr_compile_unset_loc(c);
    OPI(JUMP, start);
    kr_compile_place(c, cleanup);
    kr_compile_pop_fblock(c);
    KR_TRY(kr_compile_stmt_seq(c, s->v.for_.orelse));
    kr_compile_place(c, end);
    return 0;
}

// ---- exceptions ------------------------------------------------------------------------

// [.., prev_exc, lasti, exc]: restore the previously handled exception and re-raise.
static int pop_except_and_reraise(KrCompiler *c) {
    OPI(COPY, 3);
    OP(POP_EXCEPT);
    OPI(RERAISE, 1);
    return 0;
}

// The part of try/except and try/except* before the clauses: the protected
// body, the else body and a jump to `end`; then, where an exception lands,
// [.., exc] becomes [.., prev_exc, exc] under the `cleanup` handler, with
// frame block `fb` pushed for the clauses.
static int try_prologue(KrCompiler *c, KrStmt *s, KrFBlockType fb, int cleanup, int end) {
    LABEL(except);
    KR_TRY(kr_compile_setup(c, KR_SETUP_FINALLY, except));
    KR_TRY(kr_compile_push_fblock(c, s->loc, KR_FB_TRY_EXCEPT, -1, -1, NULL));
    KR_TRY(kr_compile_stmt_seq(c, s->v.try_.body));
    kr_compile_pop_fblock(c);
    kr_compile_pop_block(c);
    KR_TRY(kr_compile_stmt_seq(c, s->v.try_.orelse));
    kr_compile_unset_loc(c);
    OPI(JUMP, end);

    kr_compile_place(c, except);
    KR_TRY(kr_compile_setup(c, KR_SETUP_CLEANUP, cleanup));
    OP(PUSH_EXC_INFO);
    return kr_compile_push_fblock(c, s->loc, fb, -1, -1, NULL);
}

static int compile_try_except(KrCompiler *c, KrStmt *s) {
    LABEL(cleanup);
    LABEL(end);
    KR_TRY(try_prologue(c, s, KR_FB_EXCEPTION_HANDLER, cleanup, end));
    int n = s->v.try_.handlers.n;
    for (int i = 0; i < n; i++) {
        KrExceptHandler *h = s->v.try_.handlers.items[i];
        kr_compile_set_loc(c, h->loc);
        if (!h->type && i < n - 1) {
            return kr_compile_error(c, h->loc, "default 'except:' must be last");
        }
        LABEL(next);
        if (h->type) {
            VISIT(h->type);
            OP(CHECK_EXC_MATCH);
            OPI(POP_JUMP_IF_FALSE, next);
        }
        int depth = c->u->nhs;
        if (h->name) {
            LABEL(cleanup_end);
            KR_TRY(kr_compile_nameop(c, h->name, KR_CTX_STORE));
            // try: body  finally: name = None; del name
            KR_TRY(kr_compile_setup(c, KR_SETUP_CLEANUP, cleanup_end));
            KR_TRY(kr_compile_push_fblock(c, h->loc, KR_FB_HANDLER_CLEANUP, -1, -1, h->name));
            KR_TRY(kr_compile_stmt_seq(c, h->body));
            kr_compile_pop_fblock(c);
            kr_compile_unset_loc(c);
            kr_compile_pop_block(c);
            kr_compile_pop_block(c);
            OP(POP_EXCEPT);
            KR_TRY(clear_handler_name(c, h->name));
            OPI(JUMP, end);
            // The cleanup handler of the `as` name, still under the except's own handler.
            c->u->nhs = depth;
            kr_compile_place(c, cleanup_end);
            KR_TRY(clear_handler_name(c, h->name));
            OPI(RERAISE, 1);
        } else {
            OP(POP_TOP);
            KR_TRY(kr_compile_push_fblock(c, h->loc, KR_FB_HANDLER_CLEANUP, -1, -1, NULL));
            KR_TRY(kr_compile_stmt_seq(c, h->body));
            kr_compile_pop_fblock(c);
            kr_compile_unset_loc(c);
            kr_compile_pop_block(c);
            OP(POP_EXCEPT);
            OPI(JUMP, end);
            c->u->nhs = depth;
        }
        kr_compile_place(c, next);
    }
    kr_compile_unset_loc(c);
    kr_compile_pop_fblock(c);
    OPI(RERAISE, 0);
    kr_compile_pop_block(c);
    kr_compile_place(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kr_compile_place(c, end);
    return 0;
}

// try/except* as CPython 3.11 compiles it. Below the handlers the stack holds
// [prev_exc, orig, raised_list, rest]: each clause's CHECK_EG_MATCH takes its
// part of `rest`; what a handler raises is appended to raised_list, and
// PREP_RERAISE_STAR combines the list and the final rest into what is re-raised.
static int compile_try_star_except(KrCompiler *c, KrStmt *s) {
    LABEL(cleanup);
    LABEL(end);
    LABEL(reraise);
    KR_TRY(try_prologue(c, s, KR_FB_EXCEPTION_GROUP_HANDLER, cleanup, end));
    int n = s->v.try_.handlers.n;
    for (int i = 0; i < n; i++) {
        KrExceptHandler *h = s->v.try_.handlers.items[i];
        kr_compile_set_loc(c, h->loc);
        LABEL(no_match);
        LABEL(next);
        LABEL(cleanup_end);
        if (i == 0) {
            // [prev, exc] -> [prev, orig, [], exc]
            OPI(COPY, 1);
            OPI(BUILD_LIST, 0);
            OPI(SWAP, 2);
        }
        VISIT(h->type);
        OP(CHECK_EG_MATCH);
        OPI(COPY, 1);
        OPI(POP_JUMP_IF_NONE, no_match);
        if (h->name) {
            KR_TRY(kr_compile_nameop(c, h->name, KR_CTX_STORE));
        } else {
            OP(POP_TOP);
        }
        // try: body  finally: name = None; del name -- what the body raises is collected.
        KR_TRY(kr_compile_setup(c, KR_SETUP_CLEANUP, cleanup_end));
        KR_TRY(kr_compile_push_fblock(c, h->loc, KR_FB_HANDLER_CLEANUP, -1, -1, h->name));
        KR_TRY(kr_compile_stmt_seq(c, h->body));
        kr_compile_pop_fblock(c);
        kr_compile_pop_block(c);
        kr_compile_unset_loc(c);
        if (h->name) {
            KR_TRY(clear_handler_name(c, h->name));
        }
        OPI(JUMP, next);
        // [prev, orig, list, rest, lasti, raised]
        kr_compile_place(c, cleanup_end);
        if (h->name) {
            KR_TRY(clear_handler_name(c, h->name));
        }
        OPI(LIST_APPEND, 3);
        OP(POP_TOP);
        OPI(JUMP, next);
        kr_compile_place(c, no_match);
        OP(POP_TOP);
        kr_compile_place(c, next);
    }
    // The unhandled rest (or None) joins the list.
    kr_compile_unset_loc(c);
    OPI(LIST_APPEND, 1);
    kr_compile_pop_fblock(c);
    OP(PREP_RERAISE_STAR);
    OPI(COPY, 1);
    OPI(POP_JUMP_IF_NOT_NONE, reraise);
    kr_compile_pop_block(c);
    OP(POP_TOP);
    OP(POP_EXCEPT);
    OPI(JUMP, end);
    kr_compile_place(c, reraise);
    OPI(SWAP, 2);
    OP(POP_EXCEPT);
    OPI(RERAISE, 0);
    kr_compile_place(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kr_compile_place(c, end);
    return 0;
}

static int compile_try_finally(KrCompiler *c, KrStmt *s) {
    LABEL(end);
    LABEL(exit);
    LABEL(cleanup);
    KR_TRY(kr_compile_setup(c, KR_SETUP_FINALLY, end));
    KR_TRY(kr_compile_push_fblock(c, s->loc, KR_FB_FINALLY_TRY, -1, -1, s));
    if (s->v.try_.handlers.n) {
        KR_TRY(s->v.try_.is_star ? compile_try_star_except(c, s) : compile_try_except(c, s));
    } else {
        KR_TRY(kr_compile_stmt_seq(c, s->v.try_.body));
    }
    kr_compile_pop_block(c);
    kr_compile_pop_fblock(c);
    KR_TRY(kr_compile_stmt_seq(c, s->v.try_.finalbody));
    kr_compile_unset_loc(c);
    OPI(JUMP, exit);

    // The exceptional path: [.., exc] -> run the finally body, re-raise.
    kr_compile_place(c, end);
    KR_TRY(kr_compile_setup(c, KR_SETUP_CLEANUP, cleanup));
    OP(PUSH_EXC_INFO);
    KR_TRY(kr_compile_push_fblock(c, s->loc, KR_FB_FINALLY_END, -1, -1, NULL));
    KR_TRY(kr_compile_stmt_seq(c, s->v.try_.finalbody));
    kr_compile_pop_fblock(c);
    kr_compile_unset_loc(c);
    OPI(RERAISE, 0);
    kr_compile_pop_block(c);
    kr_compile_place(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kr_compile_place(c, exit);
    return 0;
}

static int compile_try(KrCompiler *c, KrStmt *s) {
    OP(NOP); // the `try:` line, for tracing
    if (s->v.try_.finalbody.n) {
        return compile_try_finally(c, s);
    }
    return s->v.try_.is_star ? compile_try_star_except(c, s) : compile_try_except(c, s);
}

// One item of a with statement; the remaining items nest inside it. For
// `async with`, __aenter__() and __aexit__() results are awaited.
static int compile_with(KrCompiler *c, KrStmt *s, int pos) {
    KrWithItem *item = s->v.with.items.items[pos];
    bool is_async = s->v.with.is_async;
    if (is_async && !c->u->is_async) {
        return kr_compile_error(c, s->loc, "'async with' outside async function");
    }
    LABEL(final);
    LABEL(exit);
    LABEL(cleanup);
    LABEL(suppress);
    VISIT(item->context_expr);
    kr_compile_set_loc(c, s->loc);
    if (is_async) {
        OP(BEFORE_ASYNC_WITH);
        KR_TRY(kr_compile_expr_await(c, 1));
    } else {
        OP(BEFORE_WITH);
    }
    KR_TRY(kr_compile_setup(c, KR_SETUP_WITH, final));
    KR_TRY(kr_compile_push_fblock(c, s->loc, is_async ? KR_FB_ASYNC_WITH : KR_FB_WITH, -1, -1, s));
    if (item->optional_vars) {
        VISIT(item->optional_vars);
    } else {
        OP(POP_TOP);
    }
    if (pos + 1 == s->v.with.items.n) {
        KR_TRY(kr_compile_stmt_seq(c, s->v.with.body));
    } else {
        KR_TRY(compile_with(c, s, pos + 1));
    }
    kr_compile_set_loc(c, s->loc);
    kr_compile_pop_block(c);
    kr_compile_pop_fblock(c);
    // Normal exit: __exit__(None, None, None).
    KR_TRY(kr_compile_expr_call_exit(c));
    if (is_async) {
        KR_TRY(kr_compile_expr_await(c, 2));
    }
    OP(POP_TOP);
    OPI(JUMP, exit);

    // Exceptional exit: [.., exit_func, lasti, exc].
    kr_compile_place(c, final);
    KR_TRY(kr_compile_setup(c, KR_SETUP_CLEANUP, cleanup));
    OP(PUSH_EXC_INFO);
    OP(WITH_EXCEPT_START);
    if (is_async) {
        KR_TRY(kr_compile_expr_await(c, 2));
    }
    kr_compile_unset_loc(c);
    OPI(POP_JUMP_IF_TRUE, suppress);
    OPI(RERAISE, 2);
    kr_compile_pop_block(c);
    kr_compile_place(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    c->u->nhs++; // the cleanup handler still protects the suppression path
    kr_compile_place(c, suppress);
    OP(POP_TOP);
    kr_compile_pop_block(c);
    OP(POP_EXCEPT);
    OP(POP_TOP);
    OP(POP_TOP);
    kr_compile_place(c, exit);
    return 0;
}

// ---- definitions --------------------------------------------------------------------------

static int apply_decorators(KrCompiler *c, KrExprSeq decorators) {
    for (int i = 0; i < decorators.n; i++) {
        OPI(CALL, 0);
    }
    return 0;
}

static int visit_decorators(KrCompiler *c, KrExprSeq decorators) {
    for (int i = 0; i < decorators.n; i++) {
        VISIT(decorators.items[i]);
    }
    return 0;
}

static int compile_funcdef(KrCompiler *c, KrStmt *s) {
    KrExprSeq decos = s->v.funcdef.decorators;
    KrArguments *args = s->v.funcdef.args;
    KR_TRY(visit_decorators(c, decos));
    int firstlineno = decos.n ? decos.items[0]->loc.lineno : s->loc.lineno;
    int flags = kr_compile_expr_default_args(c, args);
    KR_TRY(flags);
    int ann = kr_compile_expr_annotations(c, args, s->v.funcdef.returns);
    KR_TRY(ann);
    flags |= ann;
    KR_TRY(kr_compile_enter_scope(c, s->v.funcdef.name, KR_UNIT_FUNCTION, s, firstlineno));
    c->u->is_async = s->v.funcdef.is_async;
    KrStmtSeq body = s->v.funcdef.body;
    bool doc = is_docstring(body);
    KR_TRY(kr_compile_add_const(c, doc && c->optimize < 2 ? body.items[0]->v.expr.value->v.constant.value : KR_NONE));
    KrUnit *u = c->u;
    u->argcount = args->posonlyargs.n + args->args.n;
    u->posonlyargcount = args->posonlyargs.n;
    u->kwonlyargcount = args->kwonlyargs.n;
    for (int i = doc ? 1 : 0; i < body.n; i++) {
        KR_TRY(kr_compile_stmt_visit(c, body.items[i]));
    }
    KR_TRY(kr_compile_make_closure(c, flags, false));
    kr_compile_set_loc(c, s->loc);
    KR_TRY(apply_decorators(c, decos));
    return kr_compile_nameop(c, s->v.funcdef.name, KR_CTX_STORE);
}

static int compile_classdef(KrCompiler *c, KrStmt *s) {
    KrExprSeq decos = s->v.classdef.decorators;
    KR_TRY(visit_decorators(c, decos));
    int firstlineno = decos.n ? decos.items[0]->loc.lineno : s->loc.lineno;
    KR_TRY(kr_compile_enter_scope(c, s->v.classdef.name, KR_UNIT_CLASS, s, firstlineno));
    KrUnit *u = c->u;
    u->private_ = s->v.classdef.name;
    kr_compile_set_loc(c, s->loc);
    KR_TRY(kr_compile_nameop(c, "__name__", KR_CTX_LOAD));
    KR_TRY(kr_compile_nameop(c, "__module__", KR_CTX_STORE));
    KR_TRY(kr_compile_load_str(c, u->qualname));
    KR_TRY(kr_compile_nameop(c, "__qualname__", KR_CTX_STORE));
    KR_TRY(kr_compile_stmt_body(c, s->v.classdef.body, true));
    kr_compile_unset_loc(c);
    // Return the __class__ cell (stored as __classcell__ for type.__new__), or None.
    if (u->ste->needs_class_closure) {
        int i = kr_compile_name_index(c, &u->cellvars, "__class__");
        KR_TRY(i);
        OPI(LOAD_CLOSURE, i);
        OPI(COPY, 1);
        KR_TRY(kr_compile_nameop(c, "__classcell__", KR_CTX_STORE));
    } else {
        KR_TRY(kr_compile_load_none(c));
    }
    OP(RETURN_VALUE);
    KR_TRY(kr_compile_make_closure(c, 0, true));
    kr_compile_set_loc(c, s->loc);
    KR_TRY(kr_compile_load_str(c, s->v.classdef.name));
    KR_TRY(kr_compile_expr_call_helper(c, 2, s->v.classdef.bases, s->v.classdef.keywords));
    KR_TRY(apply_decorators(c, decos));
    return kr_compile_nameop(c, s->v.classdef.name, KR_CTX_STORE);
}

// ---- assignments ------------------------------------------------------------------------

static int compile_augassign(KrCompiler *c, KrStmt *s) {
    KrExpr *e = s->v.augassign.target;
    if (e->kind == KR_EXPR_Name) {
        KR_TRY(kr_compile_check_debug(c, e->v.name.id, KR_CTX_STORE, e->loc));
    }
    KrPosition saved = c->u->pos;
    kr_compile_set_loc(c, e->loc);
    switch (e->kind) {
    case KR_EXPR_Attribute:
        VISIT(e->v.attribute.value);
        OPI(COPY, 1);
        KR_TRY(kr_compile_op_name(c, KR_OP_LOAD_ATTR, e->v.attribute.attr));
        break;
    case KR_EXPR_Subscript:
        VISIT(e->v.subscript.value);
        VISIT(e->v.subscript.slice);
        OPI(COPY, 2);
        OPI(COPY, 2);
        OP(BINARY_SUBSCR);
        break;
    case KR_EXPR_Name:
        KR_TRY(kr_compile_nameop(c, e->v.name.id, KR_CTX_LOAD));
        break;
    default:
        return kr_compile_error(c, e->loc, "'%s' is an illegal expression for augmented assignment", "expression");
    }
    c->u->pos = saved;
    VISIT(s->v.augassign.value);
    OPI(BINARY_OP, KR_BINOP_INPLACE + s->v.augassign.op);
    kr_compile_set_loc(c, e->loc);
    switch (e->kind) {
    case KR_EXPR_Attribute:
        OPI(SWAP, 2);
        return kr_compile_op_name(c, KR_OP_STORE_ATTR, e->v.attribute.attr);
    case KR_EXPR_Subscript:
        OPI(SWAP, 3);
        OPI(SWAP, 2);
        OP(STORE_SUBSCR);
        return 0;
    default:
        return kr_compile_nameop(c, e->v.name.id, KR_CTX_STORE);
    }
}

// Evaluates an expression for its side effects only (annotations of complex targets).
static int check_ann_expr(KrCompiler *c, KrExpr *e) {
    VISIT(e);
    OP(POP_TOP);
    return 0;
}

static int compile_annassign(KrCompiler *c, KrStmt *s) {
    KrExpr *targ = s->v.annassign.target;
    bool module_or_class = c->u->kind == KR_UNIT_MODULE || c->u->kind == KR_UNIT_CLASS;
    if (c->future_annotations && !(s->v.annassign.simple && module_or_class)) {
        // Not stored, but still checked, as CPython's symbol table does.
        KrObject *text = kr_compile_annotation_text(c, s->v.annassign.annotation);
        if (!text) {
            return -1;
        }
        KR_DECREF(c->ts, text);
    }
    if (s->v.annassign.value) {
        VISIT(s->v.annassign.value);
        VISIT(targ);
    }
    switch (targ->kind) {
    case KR_EXPR_Name:
        if (s->v.annassign.simple && module_or_class) {
            KR_TRY(kr_compile_expr_annotation(c, s->v.annassign.annotation));
            KR_TRY(kr_compile_op_name(c, KR_OP_LOAD_NAME, "__annotations__"));
            const char *mangled = kr_compile_mangle(c, targ->v.name.id);
            if (!mangled) {
                return -1;
            }
            KR_TRY(kr_compile_load_str(c, mangled));
            OP(STORE_SUBSCR);
        }
        break;
    case KR_EXPR_Attribute:
        if (!s->v.annassign.value) {
            KR_TRY(check_ann_expr(c, targ->v.attribute.value));
        }
        break;
    case KR_EXPR_Subscript:
        if (!s->v.annassign.value) {
            KR_TRY(check_ann_expr(c, targ->v.subscript.value));
            KR_TRY(check_ann_expr(c, targ->v.subscript.slice));
        }
        break;
    default:
        return kr_compile_error(c, targ->loc, "invalid node type for annotated assignment");
    }
    // Under the annotations future, complex targets' annotations are not evaluated.
    if (!s->v.annassign.simple && module_or_class && !c->future_annotations) {
        KR_TRY(check_ann_expr(c, s->v.annassign.annotation));
    }
    return 0;
}

// ---- imports -------------------------------------------------------------------------------

static int load_level(KrCompiler *c, int level) {
    return kr_compile_load_const_steal(c, kr_int_from_i64(c->ts, level));
}

static int compile_import(KrCompiler *c, KrStmt *s) {
    for (int i = 0; i < s->v.import.names.n; i++) {
        KrAlias *a = s->v.import.names.items[i];
        KR_TRY(load_level(c, 0));
        KR_TRY(kr_compile_load_none(c));
        KR_TRY(kr_compile_op_name(c, KR_OP_IMPORT_NAME, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            // `import a.b.c as d` binds d to the submodule via IMPORT_FROM.
            while (dot) {
                const char *attr = dot + 1;
                dot = strchr(attr, '.');
                size_t len = dot ? (size_t)(dot - attr) : strlen(attr);
                const char *name = kr_symtable_strdup(c->st, attr, len);
                if (!name) {
                    return -1;
                }
                int idx = kr_compile_name_index(c, &c->u->names, name);
                KR_TRY(idx);
                OPI(IMPORT_FROM, idx);
                if (!dot) {
                    KR_TRY(kr_compile_nameop(c, a->asname, KR_CTX_STORE));
                    OP(POP_TOP);
                    goto next;
                }
                OPI(SWAP, 2);
                OP(POP_TOP);
            }
            KR_TRY(kr_compile_nameop(c, a->asname, KR_CTX_STORE));
        } else {
            const char *store = a->name;
            if (dot) {
                store = kr_symtable_strdup(c->st, a->name, (size_t)(dot - a->name));
                if (!store) {
                    return -1;
                }
            }
            KR_TRY(kr_compile_nameop(c, store, KR_CTX_STORE));
        }
    next:;
    }
    return 0;
}

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL,
};

// Unknown features: CPython reports them with no end offset.
static int future_error(KrCompiler *c, KrLoc loc, const char *msg, const char *name) {
    kr_compile_error(c, loc, msg, name);
    KrObject *exc = c->ts->exc;
    KrObject *attr = exc ? kr_str_from_cstr(c->ts, "end_offset") : NULL;
    if (attr) {
        c->ts->exc = NULL;
        if (kr_setattr(c->ts, exc, attr, KR_NONE) < 0) {
            kr_err_clear(c->ts);
        }
        c->ts->exc = exc;
        KR_DECREF(c->ts, attr);
    }
    return -1;
}

static int check_future(KrCompiler *c, KrStmt *s) {
    if (!c->future_ok) {
        return kr_compile_error(c, s->loc, "from __future__ imports must occur at the beginning of the file");
    }
    for (int i = 0; i < s->v.importfrom.names.n; i++) {
        const char *name = s->v.importfrom.names.items[i]->name;
        if (strcmp(name, "braces") == 0) {
            return future_error(c, s->loc, "not a chance%s", "");
        }
        bool known = false;
        for (int j = 0; future_features[j]; j++) {
            known = known || strcmp(name, future_features[j]) == 0;
        }
        if (!known) {
            return future_error(c, s->loc, "future feature %s is not defined", name);
        }
        if (strcmp(name, "annotations") == 0) {
            c->future_annotations = true;
        }
    }
    return 0;
}

static int compile_importfrom(KrCompiler *c, KrStmt *s) {
    KrAliasSeq names = s->v.importfrom.names;
    if (is_future_import(s)) {
        KR_TRY(check_future(c, s));
    }
    KR_TRY(load_level(c, s->v.importfrom.level));
    KrObject *fromlist = kr_tuple_new(c->ts, names.n);
    if (!fromlist) {
        return -1;
    }
    for (int i = 0; i < names.n; i++) {
        KrObject *n = kr_str_intern_cstr(c->ts, names.items[i]->name);
        if (!n) {
            for (int j = i; j < names.n; j++) {
                KR_TUPLE_SET(fromlist, j, KR_INCREF(KR_NONE));
            }
            KR_DECREF(c->ts, fromlist);
            return -1;
        }
        KR_TUPLE_SET(fromlist, i, n);
    }
    KR_TRY(kr_compile_load_const_steal(c, fromlist));
    KR_TRY(kr_compile_op_name(c, KR_OP_IMPORT_NAME, s->v.importfrom.module ? s->v.importfrom.module : ""));
    for (int i = 0; i < names.n; i++) {
        KrAlias *a = names.items[i];
        if (i == 0 && a->name[0] == '*') {
            OP(IMPORT_STAR);
            return 0;
        }
        KR_TRY(kr_compile_op_name(c, KR_OP_IMPORT_FROM, a->name));
        KR_TRY(kr_compile_nameop(c, a->asname ? a->asname : a->name, KR_CTX_STORE));
    }
    OP(POP_TOP);
    return 0;
}

// ---- the dispatcher -----------------------------------------------------------------------

static int visit_stmt1(KrCompiler *c, KrStmt *s) {
    switch (s->kind) {
    case KR_STMT_FunctionDef:
        return compile_funcdef(c, s);
    case KR_STMT_ClassDef:
        return compile_classdef(c, s);
    case KR_STMT_Return:
        return compile_return(c, s);
    case KR_STMT_Delete:
        for (int i = 0; i < s->v.delete_.targets.n; i++) {
            VISIT(s->v.delete_.targets.items[i]);
        }
        return 0;
    case KR_STMT_Assign: {
        int n = s->v.assign.targets.n;
        VISIT(s->v.assign.value);
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                OPI(COPY, 1);
            }
            VISIT(s->v.assign.targets.items[i]);
        }
        return 0;
    }
    case KR_STMT_AugAssign:
        return compile_augassign(c, s);
    case KR_STMT_AnnAssign:
        return compile_annassign(c, s);
    case KR_STMT_For:
        return compile_for(c, s);
    case KR_STMT_While:
        return compile_while(c, s);
    case KR_STMT_If:
        return compile_if(c, s);
    case KR_STMT_With:
        return compile_with(c, s, 0);
    case KR_STMT_Match:
        return kr_compile_match_stmt(c, s);
    case KR_STMT_Raise: {
        int n = 0;
        if (s->v.raise.exc) {
            VISIT(s->v.raise.exc);
            n++;
            if (s->v.raise.cause) {
                VISIT(s->v.raise.cause);
                n++;
            }
        }
        kr_compile_set_loc(c, s->loc);
        OPI(RAISE_VARARGS, n);
        return 0;
    }
    case KR_STMT_Try:
        return compile_try(c, s);
    case KR_STMT_Assert: {
        if (c->optimize) {
            return 0;
        }
        LABEL(end);
        KR_TRY(kr_compile_expr_jump_if(c, s->v.assert_.test, end, true));
        OP(LOAD_ASSERTION_ERROR);
        if (s->v.assert_.msg) {
            VISIT(s->v.assert_.msg);
            OPI(CALL, 0);
        }
        OPI(RAISE_VARARGS, 1);
        kr_compile_place(c, end);
        return 0;
    }
    case KR_STMT_Import:
        return compile_import(c, s);
    case KR_STMT_ImportFrom:
        return compile_importfrom(c, s);
    case KR_STMT_Global:
    case KR_STMT_Nonlocal:
        return 0;
    case KR_STMT_Expr: {
        KrExpr *value = s->v.expr.value;
        if (c->mode == KR_MODE_SINGLE && c->nestlevel <= 1) {
            VISIT(value);
            OP(PRINT_EXPR);
            return 0;
        }
        if (value->kind == KR_EXPR_Constant) {
            OP(NOP);
            return 0;
        }
        VISIT(value);
        kr_compile_unset_loc(c);
        OP(POP_TOP);
        return 0;
    }
    case KR_STMT_Pass:
        OP(NOP);
        return 0;
    case KR_STMT_Break:
        return compile_break(c, s, false);
    case KR_STMT_Continue:
        return compile_break(c, s, true);
    }
    return 0;
}

int kr_compile_stmt_visit(KrCompiler *c, KrStmt *s) {
    KrThread *ts = c->ts;
    if (kr_enter_recursive(ts, " during compilation") < 0) {
        return -1;
    }
    kr_compile_set_loc(c, s->loc);
    int rc = visit_stmt1(c, s);
    kr_leave_recursive(ts);
    return rc;
}
