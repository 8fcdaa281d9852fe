// SPDX-License-Identifier: MIT
// Symbol table construction and scope analysis, following CPython 3.11's symtable.c.
#include "symtable.h"

#include <stdio.h>
#include <string.h>

#include "../object/exc.h"
#include "../port/port.h"
#include "../vm/vm.h"

// ---- name maps ----------------------------------------------------------

static uint32_t name_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

int kr_symtable_map_get(const KrNameMap *m, const char *key) {
    if (m->cap == 0) {
        return -1;
    }
    uint32_t i = name_hash(key) & (uint32_t)(m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0) {
            return m->vals[i];
        }
        i = (i + 1) & (uint32_t)(m->cap - 1);
    }
    return -1;
}

static int map_grow(KrThread *ts, KrNameMap *m) {
    int ncap = m->cap ? m->cap * 2 : 16;
    const char **keys = kr_mem_alloc(ts, sizeof(char *) * (size_t)ncap);
    int *vals = kr_mem_alloc(ts, sizeof(int) * (size_t)ncap);
    if (!keys || !vals) {
        kr_mem_free(ts, (void *)keys);
        kr_mem_free(ts, vals);
        return -1;
    }
    memset((void *)keys, 0, sizeof(char *) * (size_t)ncap);
    for (int j = 0; j < m->cap; j++) {
        if (m->keys[j]) {
            uint32_t i = name_hash(m->keys[j]) & (uint32_t)(ncap - 1);
            while (keys[i]) {
                i = (i + 1) & (uint32_t)(ncap - 1);
            }
            keys[i] = m->keys[j];
            vals[i] = m->vals[j];
        }
    }
    kr_mem_free(ts, (void *)m->keys);
    kr_mem_free(ts, m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = ncap;
    return 0;
}

int kr_symtable_map_put(KrThread *ts, KrNameMap *m, const char *key, int val) {
    if ((m->count + 1) * 2 > m->cap && map_grow(ts, m) < 0) {
        return -1;
    }
    uint32_t i = name_hash(key) & (uint32_t)(m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0) {
            m->vals[i] = val;
            return 0;
        }
        i = (i + 1) & (uint32_t)(m->cap - 1);
    }
    m->keys[i] = key;
    m->vals[i] = val;
    m->count++;
    return 0;
}

void kr_symtable_map_free(KrThread *ts, KrNameMap *m) {
    kr_mem_free(ts, (void *)m->keys);
    kr_mem_free(ts, m->vals);
    memset(m, 0, sizeof(*m));
}

static bool map_has(const KrNameMap *m, const char *key) {
    return kr_symtable_map_get(m, key) >= 0;
}

// Removal keeps probing chains intact by marking the value dead (-1).
static void map_discard(KrNameMap *m, const char *key) {
    if (m->cap == 0) {
        return;
    }
    uint32_t i = name_hash(key) & (uint32_t)(m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0) {
            m->vals[i] = -1;
            return;
        }
        i = (i + 1) & (uint32_t)(m->cap - 1);
    }
}

static int map_update(KrThread *ts, KrNameMap *dst, const KrNameMap *src) {
    for (int i = 0; i < src->cap; i++) {
        if (src->keys[i] && src->vals[i] >= 0 && kr_symtable_map_put(ts, dst, src->keys[i], 1) < 0) {
            return -1;
        }
    }
    return 0;
}

// ---- string pool ----------------------------------------------------------

struct KrSymPool {
    struct KrSymPool *next;
    char text[];
};

char *kr_symtable_strdup(KrSymtable *st, const char *s, size_t len) {
    KrSymPool *p = kr_mem_alloc(st->ts, sizeof(KrSymPool) + len + 1);
    if (!p) {
        return NULL;
    }
    if (s) {
        memcpy(p->text, s, len);
    }
    p->text[len] = '\0';
    p->next = st->pool;
    st->pool = p;
    return p->text;
}

const char *kr_symtable_mangle(KrSymtable *st, const char *private_, const char *name) {
    size_t n = strlen(name);
    if (!private_ || n < 2 || name[0] != '_' || name[1] != '_') {
        return name;
    }
    // Dunder names and dotted import names are not mangled.
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) {
        return name;
    }
    while (*private_ == '_') {
        private_++;
    }
    if (!*private_) {
        return name;
    }
    size_t pn = strlen(private_);
    char *buf = kr_symtable_strdup(st, NULL, pn + n + 1);
    if (!buf) {
        return NULL;
    }
    buf[0] = '_';
    memcpy(buf + 1, private_, pn);
    memcpy(buf + 1 + pn, name, n + 1);
    return buf;
}

// ---- errors -----------------------------------------------------------------

void kr_symtable_raise(KrThread *ts, const char *filename, const char *source, KrLoc loc, const char *msg) {
    char *text = NULL;
    // As CPython, errors found after parsing quote the line from the file
    // itself, not from `source`: none when the source is not a file (a
    // string given to compile() or exec()).
    (void)source;
    size_t flen = 0;
    int ferr = 0;
    char *file = filename ? kr_port_read_file(filename, &flen, &ferr) : NULL;
    if (file && loc.lineno > 0) {
        const char *p = file;
        for (int line = 1; line < loc.lineno && p; line++) {
            p = strchr(p, '\n');
            if (p) {
                p++;
            }
        }
        if (p) {
            const char *e = strchr(p, '\n');
            size_t len = e ? (size_t)(e - p) + 1 : strlen(p);
            text = kr_mem_alloc(ts, len + 1);
            if (text) {
                memcpy(text, p, len);
                text[len] = '\0';
            } else {
                kr_err_clear(ts);
            }
        }
    }
    kr_port_free(file);
    kr_err_syntax(ts, &kr_exc_SyntaxError, msg, filename, loc.lineno, loc.col_offset + 1, text,
                  loc.end_lineno, loc.end_col_offset + 1);
    kr_mem_free(ts, text);
}

// Formats "...'%s'..." messages with one name.
static int st_error(KrSymtable *st, KrLoc loc, const char *fmt, const char *name) {
    char buf[512];
    snprintf(buf, sizeof(buf), fmt, name ? name : "");
    kr_symtable_raise(st->ts, st->filename, st->source, loc, buf);
    return -1;
}

// ---- entries ------------------------------------------------------------------

static KrSymEntry *enter_block(KrSymtable *st, const char *name, KrBlockType type, const void *key, KrLoc loc) {
    KrThread *ts = st->ts;
    KrSymEntry *ste = kr_mem_alloc(ts, sizeof(KrSymEntry));
    if (!ste) {
        return NULL;
    }
    memset(ste, 0, sizeof(*ste));
    ste->type = type;
    ste->name = name;
    ste->key = key;
    ste->loc = loc;
    ste->parent = st->cur;
    if (st->nall == st->capall) {
        int ncap = st->capall ? st->capall * 2 : 16;
        KrSymEntry **all = kr_mem_realloc(ts, st->all, sizeof(KrSymEntry *) * (size_t)ncap);
        if (!all) {
            kr_mem_free(ts, ste);
            return NULL;
        }
        st->all = all;
        st->capall = ncap;
    }
    st->all[st->nall++] = ste;
    KrSymEntry *prev = st->cur;
    if (prev) {
        if (prev->nested || prev->type == KR_BLOCK_FUNCTION) {
            ste->nested = true;
        }
        if (prev->nchildren == prev->capchildren) {
            int ncap = prev->capchildren ? prev->capchildren * 2 : 4;
            KrSymEntry **ch = kr_mem_realloc(ts, prev->children, sizeof(KrSymEntry *) * (size_t)ncap);
            if (!ch) {
                return NULL;
            }
            prev->children = ch;
            prev->capchildren = ncap;
        }
        prev->children[prev->nchildren++] = ste;
    }
    st->cur = ste;
    return ste;
}

static void exit_block(KrSymtable *st) {
    st->cur = st->cur->parent;
}

static KrSymbol *find_symbol(const KrSymEntry *ste, const char *name) {
    int i = kr_symtable_map_get(&ste->index, name);
    return i < 0 ? NULL : &ste->syms[i];
}

static KrSymbol *add_symbol(KrSymtable *st, KrSymEntry *ste, const char *name) {
    KrSymbol *sym = find_symbol(ste, name);
    if (sym) {
        return sym;
    }
    if (ste->nsyms == ste->capsyms) {
        int ncap = ste->capsyms ? ste->capsyms * 2 : 8;
        KrSymbol *syms = kr_mem_realloc(st->ts, ste->syms, sizeof(KrSymbol) * (size_t)ncap);
        if (!syms) {
            return NULL;
        }
        ste->syms = syms;
        ste->capsyms = ncap;
    }
    if (kr_symtable_map_put(st->ts, &ste->index, name, ste->nsyms) < 0) {
        return NULL;
    }
    sym = &ste->syms[ste->nsyms++];
    memset(sym, 0, sizeof(*sym));
    sym->name = name;
    return sym;
}

// Records `flag` for `name` in block `ste` (CPython's symtable_add_def_helper).
static int add_def_in(KrSymtable *st, const char *name, int flag, KrSymEntry *ste, KrLoc loc) {
    const char *mangled = kr_symtable_mangle(st, st->private_, name);
    if (!mangled) {
        return -1;
    }
    KrSymbol *sym = add_symbol(st, ste, mangled);
    if (!sym) {
        return -1;
    }
    if ((flag & KR_DEF_PARAM) && (sym->flags & KR_DEF_PARAM)) {
        return st_error(st, loc, "duplicate argument '%s' in function definition", mangled);
    }
    if (ste->comp_iter_target) {
        // An iteration variable of a comprehension: walrus targets may not rebind it.
        if (sym->flags & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL)) {
            return st_error(st, loc, "comprehension inner loop cannot rebind assignment expression target '%s'",
                            mangled);
        }
        sym->flags |= KR_DEF_COMP_ITER;
    }
    int val_before = sym->flags;
    sym->flags |= flag;
    if (flag & KR_DEF_PARAM) {
        if (ste->nparams == ste->capparams) {
            int ncap = ste->capparams ? ste->capparams * 2 : 8;
            const char **p = kr_mem_realloc(st->ts, (void *)ste->params, sizeof(char *) * (size_t)ncap);
            if (!p) {
                return -1;
            }
            ste->params = p;
            ste->capparams = ncap;
        }
        ste->params[ste->nparams++] = mangled;
    }
    if ((flag & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL)) && !(val_before & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL))) {
        sym->directive = loc; // errors found later point at the first declaration
    }
    if (flag & KR_DEF_GLOBAL) {
        // Also record the name in the module block, as CPython's st_global does.
        KrSymbol *g = add_symbol(st, st->top, mangled);
        if (!g) {
            return -1;
        }
        g->flags |= flag;
    }
    return 0;
}

static int add_def(KrSymtable *st, const char *name, int flag, KrLoc loc) {
    return add_def_in(st, name, flag, st->cur, loc);
}

static int lookup_flags(KrSymtable *st, const char *name) {
    const char *mangled = kr_symtable_mangle(st, st->private_, name);
    if (!mangled) {
        return -1;
    }
    KrSymbol *sym = find_symbol(st->cur, mangled);
    return sym ? sym->flags : 0;
}

// ---- the AST walk ---------------------------------------------------------------

static int visit_expr(KrSymtable *st, KrExpr *e);
static int visit_stmt(KrSymtable *st, KrStmt *s);

static int visit_exprs(KrSymtable *st, KrExprSeq seq) {
    for (int i = 0; i < seq.n; i++) {
        if (seq.items[i] && visit_expr(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_stmts(KrSymtable *st, KrStmtSeq seq) {
    for (int i = 0; i < seq.n; i++) {
        if (visit_stmt(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_params(KrSymtable *st, KrArgSeq args) {
    for (int i = 0; i < args.n; i++) {
        if (add_def(st, args.items[i]->arg, KR_DEF_PARAM, args.items[i]->loc) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_arguments(KrSymtable *st, KrArguments *a) {
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, KR_DEF_PARAM, a->vararg->loc) < 0) {
            return -1;
        }
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, KR_DEF_PARAM, a->kwarg->loc) < 0) {
            return -1;
        }
        st->cur->varkeywords = true;
    }
    return 0;
}

static int visit_arg_annotations(KrSymtable *st, KrArgSeq args) {
    for (int i = 0; i < args.n; i++) {
        if (args.items[i]->annotation && visit_expr(st, args.items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

// Annotations and defaults are evaluated in the enclosing scope.
static int visit_annotations(KrSymtable *st, KrArguments *a, KrExpr *returns) {
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0 ||
        visit_arg_annotations(st, a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg && a->vararg->annotation && visit_expr(st, a->vararg->annotation) < 0) {
        return -1;
    }
    if (a->kwarg && a->kwarg->annotation && visit_expr(st, a->kwarg->annotation) < 0) {
        return -1;
    }
    if (returns && visit_expr(st, returns) < 0) {
        return -1;
    }
    return 0;
}

static int visit_keywords(KrSymtable *st, KrKeywordSeq kws) {
    for (int i = 0; i < kws.n; i++) {
        if (visit_expr(st, kws.items[i]->value) < 0) {
            return -1;
        }
    }
    return 0;
}

static const char *comp_name(int kind) {
    switch (kind) {
    case KR_EXPR_ListComp: return "list comprehension";
    case KR_EXPR_SetComp: return "set comprehension";
    case KR_EXPR_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static int visit_comprehension(KrSymtable *st, KrComprehension *lc) {
    st->cur->comp_iter_target = 1;
    if (visit_expr(st, lc->target) < 0) {
        return -1;
    }
    st->cur->comp_iter_target = 0;
    st->cur->comp_iter_expr++;
    if (visit_expr(st, lc->iter) < 0) {
        return -1;
    }
    st->cur->comp_iter_expr--;
    if (visit_exprs(st, lc->ifs) < 0) {
        return -1;
    }
    if (lc->is_async) {
        st->cur->coroutine = true;
    }
    return 0;
}

static int handle_comprehension(KrSymtable *st, KrExpr *e, const char *scope_name, KrComprehensionSeq gens,
                                KrExpr *elt, KrExpr *value) {
    KrComprehension *outermost = gens.items[0];
    // The outermost iterable is evaluated in the enclosing scope.
    st->cur->comp_iter_expr++;
    if (visit_expr(st, outermost->iter) < 0) {
        return -1;
    }
    st->cur->comp_iter_expr--;
    if (!enter_block(st, scope_name, KR_BLOCK_FUNCTION, e, e->loc)) {
        return -1;
    }
    st->cur->comprehension = (int)e->kind;
    if (outermost->is_async) {
        st->cur->coroutine = true;
    }
    // The outermost iterator arrives as the implicit parameter ".0".
    if (add_def(st, ".0", KR_DEF_PARAM, e->loc) < 0) {
        return -1;
    }
    st->cur->comp_iter_target = 1;
    if (visit_expr(st, outermost->target) < 0) {
        return -1;
    }
    st->cur->comp_iter_target = 0;
    if (visit_exprs(st, outermost->ifs) < 0) {
        return -1;
    }
    for (int i = 1; i < gens.n; i++) {
        if (visit_comprehension(st, gens.items[i]) < 0) {
            return -1;
        }
    }
    if (value && visit_expr(st, value) < 0) {
        return -1;
    }
    if (visit_expr(st, elt) < 0) {
        return -1;
    }
    bool is_generator = e->kind == KR_EXPR_GeneratorExp;
    st->cur->generator = is_generator;
    bool is_async = st->cur->coroutine && !is_generator;
    exit_block(st);
    // A list/set/dict comprehension that awaits makes its scope await it too;
    // the compiler reports it when that scope is not async.
    if (is_async) {
        st->cur->coroutine = true;
    }
    return 0;
}

// A walrus target inside a comprehension binds in the nearest enclosing function or module.
static int extend_namedexpr_scope(KrSymtable *st, KrExpr *target) {
    const char *name = target->v.name.id;
    if (st->cur->comp_iter_target) {
        return st_error(st, target->loc, "assignment expression cannot rebind comprehension iteration variable '%s'",
                        name);
    }
    for (KrSymEntry *ste = st->cur; ste; ste = ste->parent) {
        if (ste->comprehension) {
            KrSymbol *sym = find_symbol(ste, name);
            if (sym && (sym->flags & KR_DEF_COMP_ITER)) {
                return st_error(st, target->loc,
                                "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            }
            continue;
        }
        if (ste->type == KR_BLOCK_FUNCTION) {
            KrSymbol *sym = find_symbol(ste, name);
            int flag = (sym && (sym->flags & KR_DEF_GLOBAL)) ? KR_DEF_GLOBAL : KR_DEF_NONLOCAL;
            if (add_def(st, name, flag, target->loc) < 0) {
                return -1;
            }
            return add_def_in(st, name, KR_DEF_LOCAL, ste, target->loc);
        }
        if (ste->type == KR_BLOCK_MODULE) {
            if (add_def(st, name, KR_DEF_GLOBAL, target->loc) < 0) {
                return -1;
            }
            return add_def_in(st, name, KR_DEF_GLOBAL, ste, target->loc);
        }
        return st_error(st, target->loc, "assignment expression within a comprehension cannot be used in a class body",
                        NULL);
    }
    return 0;
}

static int visit_expr(KrSymtable *st, KrExpr *e) {
    KrThread *ts = st->ts;
    int rc = 0;
    if (kr_enter_recursive(ts, " during compilation") < 0) {
        return -1;
    }
    switch (e->kind) {
    case KR_EXPR_NamedExpr:
        if (st->cur->comp_iter_expr > 0) {
            rc = st_error(st, e->loc, "assignment expression cannot be used in a comprehension iterable expression",
                          NULL);
            break;
        }
        if (st->cur->comprehension && extend_namedexpr_scope(st, e->v.namedexpr.target) < 0) {
            rc = -1;
            break;
        }
        rc = (visit_expr(st, e->v.namedexpr.value) < 0 || visit_expr(st, e->v.namedexpr.target) < 0) ? -1 : 0;
        break;
    case KR_EXPR_BoolOp:
        rc = visit_exprs(st, e->v.boolop.values);
        break;
    case KR_EXPR_BinOp:
        rc = (visit_expr(st, e->v.binop.left) < 0 || visit_expr(st, e->v.binop.right) < 0) ? -1 : 0;
        break;
    case KR_EXPR_UnaryOp:
        rc = visit_expr(st, e->v.unaryop.operand);
        break;
    case KR_EXPR_Lambda: {
        KrArguments *a = e->v.lambda.args;
        if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0) {
            rc = -1;
            break;
        }
        if (!enter_block(st, "lambda", KR_BLOCK_FUNCTION, e, e->loc)) {
            rc = -1;
            break;
        }
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.lambda.body) < 0) {
            rc = -1;
            break;
        }
        exit_block(st);
        break;
    }
    case KR_EXPR_IfExp:
        rc = (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0 ||
              visit_expr(st, e->v.ifexp.orelse) < 0) ? -1 : 0;
        break;
    case KR_EXPR_Dict:
        rc = (visit_exprs(st, e->v.dict.keys) < 0 || visit_exprs(st, e->v.dict.values) < 0) ? -1 : 0;
        break;
    case KR_EXPR_Set:
        rc = visit_exprs(st, e->v.set.elts);
        break;
    case KR_EXPR_GeneratorExp:
        rc = handle_comprehension(st, e, "genexpr", e->v.listcomp.generators, e->v.listcomp.elt, NULL);
        break;
    case KR_EXPR_ListComp:
        rc = handle_comprehension(st, e, "listcomp", e->v.listcomp.generators, e->v.listcomp.elt, NULL);
        break;
    case KR_EXPR_SetComp:
        rc = handle_comprehension(st, e, "setcomp", e->v.listcomp.generators, e->v.listcomp.elt, NULL);
        break;
    case KR_EXPR_DictComp:
        rc = handle_comprehension(st, e, "dictcomp", e->v.dictcomp.generators, e->v.dictcomp.key,
                                  e->v.dictcomp.value);
        break;
    case KR_EXPR_Yield:
    case KR_EXPR_YieldFrom:
        if (st->cur->comprehension) {
            char buf[80];
            snprintf(buf, sizeof(buf), "'yield' inside %s", comp_name(st->cur->comprehension));
            kr_symtable_raise(ts, st->filename, st->source, e->loc, buf);
            rc = -1;
            break;
        }
        if (e->v.await_.value && visit_expr(st, e->v.await_.value) < 0) {
            rc = -1;
            break;
        }
        st->cur->generator = true;
        break;
    case KR_EXPR_Await:
        rc = visit_expr(st, e->v.await_.value);
        st->cur->coroutine = true;
        break;
    case KR_EXPR_Compare:
        rc = (visit_expr(st, e->v.compare.left) < 0 || visit_exprs(st, e->v.compare.comparators) < 0) ? -1 : 0;
        break;
    case KR_EXPR_Call:
        rc = (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, e->v.call.args) < 0 ||
              visit_keywords(st, e->v.call.keywords) < 0) ? -1 : 0;
        break;
    case KR_EXPR_FormattedValue:
        rc = visit_expr(st, e->v.formatted.value);
        if (rc == 0 && e->v.formatted.format_spec) {
            rc = visit_expr(st, e->v.formatted.format_spec);
        }
        break;
    case KR_EXPR_JoinedStr:
        rc = visit_exprs(st, e->v.joinedstr.values);
        break;
    case KR_EXPR_Constant:
        break;
    case KR_EXPR_Attribute:
        rc = visit_expr(st, e->v.attribute.value);
        break;
    case KR_EXPR_Subscript:
        rc = (visit_expr(st, e->v.subscript.value) < 0 || visit_expr(st, e->v.subscript.slice) < 0) ? -1 : 0;
        break;
    case KR_EXPR_Starred:
        rc = visit_expr(st, e->v.starred.value);
        break;
    case KR_EXPR_Slice:
        if ((e->v.slice.lower && visit_expr(st, e->v.slice.lower) < 0) ||
            (e->v.slice.upper && visit_expr(st, e->v.slice.upper) < 0) ||
            (e->v.slice.step && visit_expr(st, e->v.slice.step) < 0)) {
            rc = -1;
        }
        break;
    case KR_EXPR_Name:
        if (add_def(st, e->v.name.id, e->v.name.ctx == KR_CTX_LOAD ? KR_DEF_USE : KR_DEF_LOCAL, e->loc) < 0) {
            rc = -1;
            break;
        }
        // `super` counts as a use of __class__ (the implicit cell of methods).
        if (e->v.name.ctx == KR_CTX_LOAD && st->cur->type == KR_BLOCK_FUNCTION &&
            strcmp(e->v.name.id, "super") == 0) {
            rc = add_def(st, "__class__", KR_DEF_USE, e->loc);
        }
        break;
    case KR_EXPR_List:
    case KR_EXPR_Tuple:
        rc = visit_exprs(st, e->v.list.elts);
        break;
    }
    kr_leave_recursive(ts);
    return rc;
}

static int visit_alias(KrSymtable *st, KrAlias *a, KrLoc stmt_loc) {
    (void)stmt_loc;
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != KR_BLOCK_MODULE) {
            return st_error(st, a->loc, "import * only allowed at module level", NULL);
        }
        return 0;
    }
    const char *dot = a->asname ? NULL : strchr(name, '.');
    if (dot) {
        name = kr_symtable_strdup(st, name, (size_t)(dot - name));
        if (!name) {
            return -1;
        }
    }
    return add_def(st, name, KR_DEF_IMPORT, a->loc);
}

static int visit_global(KrSymtable *st, KrStmt *s, bool nonlocal) {
    KrIdentSeq names = s->v.global.names;
    for (int i = 0; i < names.n; i++) {
        const char *name = names.items[i];
        int cur = lookup_flags(st, name);
        if (cur < 0) {
            return -1;
        }
        if (cur & (KR_DEF_PARAM | KR_DEF_LOCAL | KR_DEF_USE | KR_DEF_ANNOT)) {
            const char *fmt;
            if (cur & KR_DEF_PARAM) {
                fmt = nonlocal ? "name '%s' is parameter and nonlocal" : "name '%s' is parameter and global";
            } else if (cur & KR_DEF_USE) {
                fmt = nonlocal ? "name '%s' is used prior to nonlocal declaration"
                               : "name '%s' is used prior to global declaration";
            } else if (cur & KR_DEF_ANNOT) {
                fmt = nonlocal ? "annotated name '%s' can't be nonlocal" : "annotated name '%s' can't be global";
            } else {
                fmt = nonlocal ? "name '%s' is assigned to before nonlocal declaration"
                               : "name '%s' is assigned to before global declaration";
            }
            return st_error(st, s->loc, fmt, name);
        }
        if (add_def(st, name, nonlocal ? KR_DEF_NONLOCAL : KR_DEF_GLOBAL, s->loc) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_funcdef(KrSymtable *st, KrStmt *s) {
    KrArguments *a = s->v.funcdef.args;
    if (add_def(st, s->v.funcdef.name, KR_DEF_LOCAL, s->loc) < 0 || visit_exprs(st, a->defaults) < 0 ||
        visit_exprs(st, a->kw_defaults) < 0 || visit_annotations(st, a, s->v.funcdef.returns) < 0 ||
        visit_exprs(st, s->v.funcdef.decorators) < 0) {
        return -1;
    }
    if (!enter_block(st, s->v.funcdef.name, KR_BLOCK_FUNCTION, s, s->loc)) {
        return -1;
    }
    if (s->v.funcdef.is_async) {
        st->cur->coroutine = true;
    }
    if (visit_arguments(st, a) < 0 || visit_stmts(st, s->v.funcdef.body) < 0) {
        return -1;
    }
    exit_block(st);
    return 0;
}

static int visit_classdef(KrSymtable *st, KrStmt *s) {
    if (add_def(st, s->v.classdef.name, KR_DEF_LOCAL, s->loc) < 0 || visit_exprs(st, s->v.classdef.bases) < 0 ||
        visit_keywords(st, s->v.classdef.keywords) < 0 || visit_exprs(st, s->v.classdef.decorators) < 0) {
        return -1;
    }
    if (!enter_block(st, s->v.classdef.name, KR_BLOCK_CLASS, s, s->loc)) {
        return -1;
    }
    const char *saved = st->private_;
    st->private_ = s->v.classdef.name;
    int rc = visit_stmts(st, s->v.classdef.body);
    st->private_ = saved;
    if (rc < 0) {
        return -1;
    }
    exit_block(st);
    return 0;
}

static int visit_annassign(KrSymtable *st, KrStmt *s) {
    KrExpr *target = s->v.annassign.target;
    if (target->kind == KR_EXPR_Name) {
        int cur = lookup_flags(st, target->v.name.id);
        if (cur < 0) {
            return -1;
        }
        if ((cur & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL)) && st->cur != st->top && s->v.annassign.simple) {
            return st_error(st, s->loc,
                            (cur & KR_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                  : "annotated name '%s' can't be nonlocal",
                            target->v.name.id);
        }
        if (s->v.annassign.simple) {
            if (add_def(st, target->v.name.id, KR_DEF_ANNOT | KR_DEF_LOCAL, target->loc) < 0) {
                return -1;
            }
        } else if (s->v.annassign.value && add_def(st, target->v.name.id, KR_DEF_LOCAL, target->loc) < 0) {
            return -1;
        }
    } else if (visit_expr(st, target) < 0) {
        return -1;
    }
    if (visit_expr(st, s->v.annassign.annotation) < 0) {
        return -1;
    }
    if (s->v.annassign.value && visit_expr(st, s->v.annassign.value) < 0) {
        return -1;
    }
    return 0;
}

// A match pattern: the names it captures are local bindings, and value
// patterns, mapping keys and class names are loads.
static int visit_patterns(KrSymtable *st, KrPatternSeq seq);

static int visit_pattern(KrSymtable *st, KrPattern *p) {
    KrThread *ts = st->ts;
    if (kr_enter_recursive(ts, " during compilation") < 0) {
        return -1;
    }
    int rc = 0;
    switch (p->kind) {
    case KR_PAT_VALUE:
        rc = visit_expr(st, p->v.value.value);
        break;
    case KR_PAT_SINGLETON:
        break;
    case KR_PAT_SEQUENCE:
        rc = visit_patterns(st, p->v.sequence.patterns);
        break;
    case KR_PAT_STAR:
        if (p->v.star.name) {
            rc = add_def(st, p->v.star.name, KR_DEF_LOCAL, p->loc);
        }
        break;
    case KR_PAT_MAPPING:
        rc = visit_exprs(st, p->v.mapping.keys);
        if (rc == 0) {
            rc = visit_patterns(st, p->v.mapping.patterns);
        }
        if (rc == 0 && p->v.mapping.rest) {
            rc = add_def(st, p->v.mapping.rest, KR_DEF_LOCAL, p->loc);
        }
        break;
    case KR_PAT_CLASS:
        rc = visit_expr(st, p->v.cls.cls);
        if (rc == 0) {
            rc = visit_patterns(st, p->v.cls.patterns);
        }
        if (rc == 0) {
            rc = visit_patterns(st, p->v.cls.kwd_patterns);
        }
        break;
    case KR_PAT_AS:
        if (p->v.as.pattern) {
            rc = visit_pattern(st, p->v.as.pattern);
        }
        if (rc == 0 && p->v.as.name) {
            rc = add_def(st, p->v.as.name, KR_DEF_LOCAL, p->loc);
        }
        break;
    case KR_PAT_OR:
        rc = visit_patterns(st, p->v.or_.patterns);
        break;
    }
    kr_leave_recursive(ts);
    return rc;
}

static int visit_patterns(KrSymtable *st, KrPatternSeq seq) {
    for (int i = 0; i < seq.n; i++) {
        if (visit_pattern(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_stmt(KrSymtable *st, KrStmt *s) {
    KrThread *ts = st->ts;
    int rc = 0;
    if (kr_enter_recursive(ts, " during compilation") < 0) {
        return -1;
    }
    switch (s->kind) {
    case KR_STMT_FunctionDef:
        rc = visit_funcdef(st, s);
        break;
    case KR_STMT_ClassDef:
        rc = visit_classdef(st, s);
        break;
    case KR_STMT_Return:
        if (s->v.return_.value) {
            rc = visit_expr(st, s->v.return_.value);
            st->cur->returns_value = true;
        }
        break;
    case KR_STMT_Delete:
        rc = visit_exprs(st, s->v.delete_.targets);
        break;
    case KR_STMT_Assign:
        rc = (visit_exprs(st, s->v.assign.targets) < 0 || visit_expr(st, s->v.assign.value) < 0) ? -1 : 0;
        break;
    case KR_STMT_AugAssign:
        rc = (visit_expr(st, s->v.augassign.target) < 0 || visit_expr(st, s->v.augassign.value) < 0) ? -1 : 0;
        break;
    case KR_STMT_AnnAssign:
        rc = visit_annassign(st, s);
        break;
    case KR_STMT_For:
        rc = (visit_expr(st, s->v.for_.target) < 0 || visit_expr(st, s->v.for_.iter) < 0 ||
              visit_stmts(st, s->v.for_.body) < 0 || visit_stmts(st, s->v.for_.orelse) < 0) ? -1 : 0;
        break;
    case KR_STMT_While:
    case KR_STMT_If:
        rc = (visit_expr(st, s->v.while_.test) < 0 || visit_stmts(st, s->v.while_.body) < 0 ||
              visit_stmts(st, s->v.while_.orelse) < 0) ? -1 : 0;
        break;
    case KR_STMT_With:
        for (int i = 0; i < s->v.with.items.n && rc == 0; i++) {
            KrWithItem *item = s->v.with.items.items[i];
            rc = visit_expr(st, item->context_expr);
            if (rc == 0 && item->optional_vars) {
                rc = visit_expr(st, item->optional_vars);
            }
        }
        if (rc == 0) {
            rc = visit_stmts(st, s->v.with.body);
        }
        break;
    case KR_STMT_Match:
        rc = visit_expr(st, s->v.match.subject);
        for (int i = 0; i < s->v.match.cases.n && rc == 0; i++) {
            KrMatchCase *mc = s->v.match.cases.items[i];
            rc = visit_pattern(st, mc->pattern);
            if (rc == 0 && mc->guard) {
                rc = visit_expr(st, mc->guard);
            }
            if (rc == 0) {
                rc = visit_stmts(st, mc->body);
            }
        }
        break;
    case KR_STMT_Raise:
        if (s->v.raise.exc) {
            rc = visit_expr(st, s->v.raise.exc);
            if (rc == 0 && s->v.raise.cause) {
                rc = visit_expr(st, s->v.raise.cause);
            }
        }
        break;
    case KR_STMT_Try:
        rc = visit_stmts(st, s->v.try_.body);
        for (int i = 0; i < s->v.try_.handlers.n && rc == 0; i++) {
            KrExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type) {
                rc = visit_expr(st, h->type);
            }
            if (rc == 0 && h->name) {
                rc = add_def(st, h->name, KR_DEF_LOCAL, h->loc);
            }
            if (rc == 0) {
                rc = visit_stmts(st, h->body);
            }
        }
        if (rc == 0) {
            rc = (visit_stmts(st, s->v.try_.orelse) < 0 || visit_stmts(st, s->v.try_.finalbody) < 0) ? -1 : 0;
        }
        break;
    case KR_STMT_Assert:
        rc = visit_expr(st, s->v.assert_.test);
        if (rc == 0 && s->v.assert_.msg) {
            rc = visit_expr(st, s->v.assert_.msg);
        }
        break;
    case KR_STMT_Import:
        for (int i = 0; i < s->v.import.names.n && rc == 0; i++) {
            rc = visit_alias(st, s->v.import.names.items[i], s->loc);
        }
        break;
    case KR_STMT_ImportFrom:
        for (int i = 0; i < s->v.importfrom.names.n && rc == 0; i++) {
            rc = visit_alias(st, s->v.importfrom.names.items[i], s->loc);
        }
        break;
    case KR_STMT_Global:
        rc = visit_global(st, s, false);
        break;
    case KR_STMT_Nonlocal:
        rc = visit_global(st, s, true);
        break;
    case KR_STMT_Expr:
        rc = visit_expr(st, s->v.expr.value);
        break;
    case KR_STMT_Pass:
    case KR_STMT_Break:
    case KR_STMT_Continue:
        break;
    }
    kr_leave_recursive(ts);
    return rc;
}

// ---- analysis (CPython's analyze_block) --------------------------------------------

static int analyze_block(KrSymtable *st, KrSymEntry *ste, KrNameMap *bound, KrNameMap *free, KrNameMap *global);

static int analyze_name(KrSymtable *st, KrSymEntry *ste, KrSymbol *sym, KrNameMap *bound, KrNameMap *local,
                        KrNameMap *free, KrNameMap *global) {
    KrThread *ts = st->ts;
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & KR_DEF_GLOBAL) {
        if (flags & KR_DEF_NONLOCAL) {
            return st_error(st, sym->directive, "name '%s' is nonlocal and global", name);
        }
        sym->scope = KR_SCOPE_GLOBAL_EXPLICIT;
        if (kr_symtable_map_put(ts, global, name, 1) < 0) {
            return -1;
        }
        if (bound) {
            map_discard(bound, name);
        }
        return 0;
    }
    if (flags & KR_DEF_NONLOCAL) {
        if (!bound) {
            return st_error(st, sym->directive, "nonlocal declaration not allowed at module level", NULL);
        }
        if (!map_has(bound, name)) {
            return st_error(st, sym->directive, "no binding for nonlocal '%s' found", name);
        }
        sym->scope = KR_SCOPE_FREE;
        ste->free = true;
        return kr_symtable_map_put(ts, free, name, 1);
    }
    if (flags & KR_DEF_BOUND) {
        sym->scope = KR_SCOPE_LOCAL;
        if (kr_symtable_map_put(ts, local, name, 1) < 0) {
            return -1;
        }
        map_discard(global, name);
        return 0;
    }
    // A binding in an enclosing function makes the name free rather than global.
    if (bound && map_has(bound, name)) {
        sym->scope = KR_SCOPE_FREE;
        ste->free = true;
        return kr_symtable_map_put(ts, free, name, 1);
    }
    if (global && map_has(global, name)) {
        sym->scope = KR_SCOPE_GLOBAL_IMPLICIT;
        return 0;
    }
    if (ste->nested) {
        ste->free = true;
    }
    sym->scope = KR_SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_child_block(KrSymtable *st, KrSymEntry *entry, KrNameMap *bound, KrNameMap *free,
                               KrNameMap *global, KrNameMap *child_free) {
    KrThread *ts = st->ts;
    KrNameMap tb = {0}, tf = {0}, tg = {0};
    int rc = -1;
    if (map_update(ts, &tb, bound) < 0 || map_update(ts, &tf, free) < 0 || map_update(ts, &tg, global) < 0) {
        goto done;
    }
    if (analyze_block(st, entry, &tb, &tf, &tg) < 0) {
        goto done;
    }
    rc = map_update(ts, child_free, &tf);
done:
    kr_symtable_map_free(ts, &tb);
    kr_symtable_map_free(ts, &tf);
    kr_symtable_map_free(ts, &tg);
    return rc;
}

static int analyze_block(KrSymtable *st, KrSymEntry *ste, KrNameMap *bound, KrNameMap *free, KrNameMap *global) {
    KrThread *ts = st->ts;
    KrNameMap local = {0}, newglobal = {0}, newfree = {0}, newbound = {0}, allfree = {0};
    int rc = -1;
    // A class namespace is invisible to nested functions: pass down only what
    // was visible around the class.
    if (ste->type == KR_BLOCK_CLASS) {
        if (map_update(ts, &newglobal, global) < 0 || (bound && map_update(ts, &newbound, bound) < 0)) {
            goto done;
        }
    }
    for (int i = 0; i < ste->nsyms; i++) {
        if (analyze_name(st, ste, &ste->syms[i], bound, &local, free, global) < 0) {
            goto done;
        }
    }
    if (ste->type != KR_BLOCK_CLASS) {
        if (ste->type == KR_BLOCK_FUNCTION && map_update(ts, &newbound, &local) < 0) {
            goto done;
        }
        if ((bound && map_update(ts, &newbound, bound) < 0) || map_update(ts, &newglobal, global) < 0) {
            goto done;
        }
    } else if (kr_symtable_map_put(ts, &newbound, "__class__", 1) < 0) {
        goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        KrSymEntry *child = ste->children[i];
        if (analyze_child_block(st, child, &newbound, &newfree, &newglobal, &allfree) < 0) {
            goto done;
        }
        if (child->free || child->child_free) {
            ste->child_free = true;
        }
    }
    if (map_update(ts, &newfree, &allfree) < 0) {
        goto done;
    }
    if (ste->type == KR_BLOCK_FUNCTION) {
        // Locals used by inner functions become cells.
        for (int i = 0; i < ste->nsyms; i++) {
            KrSymbol *sym = &ste->syms[i];
            if (sym->scope == KR_SCOPE_LOCAL && map_has(&newfree, sym->name)) {
                sym->scope = KR_SCOPE_CELL;
                map_discard(&newfree, sym->name);
            }
        }
    } else if (ste->type == KR_BLOCK_CLASS && map_has(&newfree, "__class__")) {
        map_discard(&newfree, "__class__");
        ste->needs_class_closure = true;
    }
    // Record free variables of children that pass through this block.
    for (int i = 0; i < newfree.cap; i++) {
        const char *name = newfree.keys[i];
        if (!name || newfree.vals[i] < 0) {
            continue;
        }
        KrSymbol *sym = find_symbol(ste, name);
        if (sym) {
            if (ste->type == KR_BLOCK_CLASS && (sym->flags & (KR_DEF_BOUND | KR_DEF_GLOBAL))) {
                sym->flags |= KR_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound && !map_has(bound, name)) {
            continue; // a global
        }
        sym = add_symbol(st, ste, name);
        if (!sym) {
            goto done;
        }
        sym->scope = KR_SCOPE_FREE;
    }
    if (map_update(ts, free, &newfree) < 0) {
        goto done;
    }
    rc = 0;
done:
    kr_symtable_map_free(ts, &local);
    kr_symtable_map_free(ts, &newglobal);
    kr_symtable_map_free(ts, &newfree);
    kr_symtable_map_free(ts, &newbound);
    kr_symtable_map_free(ts, &allfree);
    return rc;
}

// ---- public -----------------------------------------------------------------------

KrSymtable *kr_symtable_build(KrThread *ts, KrModule *mod, const char *filename, const char *source) {
    KrSymtable *st = kr_mem_alloc(ts, sizeof(KrSymtable));
    if (!st) {
        return NULL;
    }
    memset(st, 0, sizeof(*st));
    st->ts = ts;
    st->filename = filename;
    st->source = source;
    KrLoc loc = {1, 0, 1, 0};
    st->top = enter_block(st, "top", KR_BLOCK_MODULE, mod, loc);
    if (!st->top) {
        goto error;
    }
    if (mod->mode == KR_MODE_EVAL) {
        if (visit_expr(st, mod->expr) < 0) {
            goto error;
        }
    } else if (visit_stmts(st, mod->body) < 0) {
        goto error;
    }
    KrNameMap free = {0}, global = {0};
    int rc = analyze_block(st, st->top, NULL, &free, &global);
    kr_symtable_map_free(ts, &free);
    kr_symtable_map_free(ts, &global);
    if (rc < 0) {
        goto error;
    }
    st->cur = st->top;
    return st;
error:
    kr_symtable_free(ts, st);
    return NULL;
}

void kr_symtable_free(KrThread *ts, KrSymtable *st) {
    if (!st) {
        return;
    }
    for (int i = 0; i < st->nall; i++) {
        KrSymEntry *ste = st->all[i];
        kr_mem_free(ts, ste->syms);
        kr_symtable_map_free(ts, &ste->index);
        kr_mem_free(ts, (void *)ste->params);
        kr_mem_free(ts, ste->children);
        kr_mem_free(ts, ste);
    }
    kr_mem_free(ts, st->all);
    while (st->pool) {
        KrSymPool *next = st->pool->next;
        kr_mem_free(ts, st->pool);
        st->pool = next;
    }
    kr_mem_free(ts, st);
}

KrSymEntry *kr_symtable_child(const KrSymEntry *ste, const void *key) {
    for (int i = 0; i < ste->nchildren; i++) {
        if (ste->children[i]->key == key) {
            return ste->children[i];
        }
    }
    return NULL;
}

int kr_symtable_scope(const KrSymEntry *ste, const char *name) {
    KrSymbol *sym = find_symbol(ste, name);
    return sym ? sym->scope : 0;
}

int kr_symtable_flags(const KrSymEntry *ste, const char *name) {
    KrSymbol *sym = find_symbol(ste, name);
    return sym ? sym->flags : 0;
}
