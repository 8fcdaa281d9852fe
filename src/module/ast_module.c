// SPDX-License-Identifier: MIT
// The _ast module: ast.AST, the node classes of CPython 3.11 built from ast_nodes.def, and compile()'s
// way in and out of Krait's AST.
#include "ast_module.h"

#include <stddef.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/import.h"
#include "../vm/vm.h"
#include "modsupport.h"

// ---- the node table -------------------------------------------------------------

#define SUM(name, k) {'S', #name, "AST", KR_AK_##k, 0, -1, 0, 0, 0, 0},
#define NODE(name, base, k, tag) {'N', #name, #base, KR_AK_##k, tag, -1, 0, 0, 0, 0},
#define NODE_IF(name, base, k, tag, member, val) \
    {'N', #name, #base, KR_AK_##k, tag, (intptr_t)offsetof(KrStmt, member), val, 0, 0, 0},
#define OP(name, base, k, val) {'O', #name, #base, KR_AK_##k, val, -1, 0, 0, 0, 0},
#define F(holder, member, name, t, q, c) {'F', #name, NULL, KR_AK_##t, 0, -1, 0, offsetof(holder, member), KR_AQ_##q, #c[0]},
const KrAstDesc kr_ast_desc[] = {
#include "ast_nodes.def"
};
#undef SUM
#undef NODE
#undef NODE_IF
#undef OP
#undef F
const int kr_ast_ndesc = (int)(sizeof kr_ast_desc / sizeof kr_ast_desc[0]);
_Static_assert(sizeof kr_ast_desc / sizeof kr_ast_desc[0] <= KR_AST_MAX_ROWS, "KrAstState holds too few rows");

const KrAstKindInfo kr_ast_kinds[] = {
    [KR_AK_NONE] = {"type_ignore", 0, -1},
    [KR_AK_MOD] = {"mod", sizeof(KrModule), -1},
    [KR_AK_EXPR] = {"expr", sizeof(KrExpr), offsetof(KrExpr, loc)},
    [KR_AK_STMT] = {"stmt", sizeof(KrStmt), offsetof(KrStmt, loc)},
    [KR_AK_PATTERN] = {"pattern", sizeof(KrPattern), offsetof(KrPattern, loc)},
    [KR_AK_ARG] = {"arg", sizeof(KrArg), offsetof(KrArg, loc)},
    [KR_AK_ARGUMENTS] = {"arguments", sizeof(KrArguments), -1},
    [KR_AK_KEYWORD] = {"keyword", sizeof(KrKeyword), offsetof(KrKeyword, loc)},
    [KR_AK_COMP] = {"comprehension", sizeof(KrComprehension), -1},
    [KR_AK_HANDLER] = {"excepthandler", sizeof(KrExceptHandler), offsetof(KrExceptHandler, loc)},
    [KR_AK_ALIAS] = {"alias", sizeof(KrAlias), offsetof(KrAlias, loc)},
    [KR_AK_WITHITEM] = {"withitem", sizeof(KrWithItem), -1},
    [KR_AK_MATCHCASE] = {"match_case", sizeof(KrMatchCase), -1},
    [KR_AK_CTX] = {"expr_context", 0, -1},
    [KR_AK_BOOLOP] = {"boolop", 0, -1},
    [KR_AK_BINOP] = {"operator", 0, -1},
    [KR_AK_UNARYOP] = {"unaryop", 0, -1},
    [KR_AK_CMPOP] = {"cmpop", 0, -1},
    [KR_AK_IDENT] = {"identifier", 0, -1},
    [KR_AK_STRING] = {"string", 0, -1},
    [KR_AK_CONST] = {"constant", 0, -1},
    [KR_AK_INT] = {"int", 0, -1},
    [KR_AK_COMMENT] = {"string", 0, -1},
    [KR_AK_IGNORES] = {"type_ignore", 0, -1},
};

static const char *const loc_names[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

// ---- ast.AST --------------------------------------------------------------------

typedef struct KrAstObject {
    KrObject base;
    KrObject *dict;
} KrAstObject;

static KrObject *ast_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return kr_object_alloc(ts, type, type->basicsize);
}

static void ast_dealloc(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrAstObject *)o)->dict);
    kr_object_free(ts, o);
}

static void ast_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrAstObject *)o)->dict, visit, arg);
}

static int ast_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrAstObject *)o)->dict);
    return 0;
}

// AST(*fields, **attributes): positional arguments name the class's _fields in order.
static int ast_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *fields = kr_getattr_cstr(ts, (KrObject *)KR_TYPE(self), "_fields");
    if (!fields) {
        if (!kr_err_matches(ts, &kr_exc_AttributeError)) {
            return -1;
        }
        kr_err_clear(ts);
    }
    int rc = -1;
    KrObject *seq = NULL;
    size_t nfields = 0;
    if (fields) {
        seq = kr_tuple_from_iterable(ts, fields);
        if (!seq) {
            goto error;
        }
        nfields = (size_t)KR_TUPLE_SIZE(seq);
    }
    if (nargs > nfields) {
        kr_err_format(ts, &kr_exc_TypeError, "%s constructor takes at most %zu positional argument%s",
                      kr_type_name_cstr(KR_TYPE(self)), nfields, nfields == 1 ? "" : "s");
        goto error;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (kr_setattr(ts, self, KR_TUPLE_ITEMS(seq)[i], args[i]) < 0) {
            goto error;
        }
    }
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[i];
        for (size_t j = 0; j < nargs; j++) {
            int eq = kr_equal(ts, KR_TUPLE_ITEMS(seq)[j], key);
            if (eq < 0) {
                goto error;
            }
            if (eq) {
                kr_err_format(ts, &kr_exc_TypeError, "%s got multiple values for argument %R",
                              kr_type_name_cstr(KR_TYPE(self)), key);
                goto error;
            }
        }
        if (kr_setattr(ts, self, key, args[nargs + i]) < 0) {
            goto error;
        }
    }
    rc = 0;
error:
    KR_XDECREF(ts, seq);
    KR_XDECREF(ts, fields);
    return rc;
}

// What pickle and copy use: (type(self), (), self.__dict__).
static KrObject *ast_reduce(KrThread *ts, KrObject *self) {
    KrObject *d = ((KrAstObject *)self)->dict;
    KrObject *empty = kr_tuple_new(ts, 0);
    if (!empty) {
        return NULL;
    }
    KrObject *r = d && kr_dict_size(d) ? kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), empty, d)
                                       : kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), empty);
    KR_DECREF(ts, empty);
    return r;
}

static KrObject *ast_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true);
    return d ? KR_INCREF(d) : NULL;
}

static int ast_set_dict(KrThread *ts, KrObject *self, KrObject *value) {
    if (!value || !kr_dict_check(value)) {
        kr_err_set_str(ts, &kr_exc_TypeError, value ? "__dict__ must be set to a dictionary" : "cannot delete __dict__");
        return -1;
    }
    KR_SETREF(ts, ((KrAstObject *)self)->dict, KR_INCREF(value));
    return 0;
}

static const KrGetSetDef ast_getsets[] = {
    {"__dict__", ast_get_dict, ast_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

static const KrMethodDef ast_methods[] = {
    {"__reduce__", (void *)ast_reduce, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_ast_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "ast.AST",
    .basicsize = sizeof(KrAstObject),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .dictoffset = offsetof(KrAstObject, dict),
    .dealloc = ast_dealloc,
    .traverse = ast_traverse,
    .clear = ast_clear,
    .new_ = ast_new,
    .init = ast_init,
    .methods = ast_methods,
    .getsets = ast_getsets,
};

bool kr_ast_module_check(KrObject *o) {
    return kr_isinstance_type(o, &kr_ast_type);
}

// ---- building the classes -------------------------------------------------------

static KrObject *str_tuple(KrThread *ts, const char *const *names, int n) {
    KrObject *t = kr_tuple_new(ts, n);
    for (int i = 0; t && i < n; i++) {
        KrObject *s = kr_str_from_cstr(ts, names[i]);
        if (!s) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = s;
    }
    return t;
}

// "Name(identifier id, expr_context ctx)" for row i; appended to buf.
static void signature(KrThread *ts, KrStrBuilder *buf, int i) {
    kr_sb_add_cstr(ts, buf, kr_ast_desc[i].name);
    int j = i + 1;
    if (j < kr_ast_ndesc && kr_ast_desc[j].what == 'F') {
        kr_sb_add_cstr(ts, buf, "(");
        for (; j < kr_ast_ndesc && kr_ast_desc[j].what == 'F'; j++) {
            const KrAstDesc *f = &kr_ast_desc[j];
            kr_sb_add_cstr(ts, buf, j > i + 1 ? ", " : "");
            kr_sb_add_cstr(ts, buf, kr_ast_kinds[f->kind].name);
            kr_sb_add_cstr(ts, buf, f->quant == KR_AQ_OPT ? "?" : f->quant == KR_AQ_ONE ? "" : "*");
            kr_sb_add_cstr(ts, buf, " ");
            kr_sb_add_cstr(ts, buf, f->name);
        }
        kr_sb_add_cstr(ts, buf, ")");
    }
}

// The class docstring: the signature, or for an abstract class its ASDL rule.
static KrObject *class_doc(KrThread *ts, int i) {
    KrStrBuilder buf;
    kr_sb_init(&buf);
    if (kr_ast_desc[i].what != 'S') {
        signature(ts, &buf, i);
    } else {
        kr_sb_add_cstr(ts, &buf, kr_ast_desc[i].name);
        size_t indent = strlen(kr_ast_desc[i].name) + 1;
        bool first = true;
        // A sum of bare names (cmpop, operator) is one line, as in CPython.
        bool simple = kr_ast_desc[i].kind >= KR_AK_CTX;
        for (int j = i + 1; j < kr_ast_ndesc; j++) {
            if (kr_ast_desc[j].what != 'F' && kr_ast_desc[j].base &&
                strcmp(kr_ast_desc[j].base, kr_ast_desc[i].name) == 0) {
                if (!first && simple) {
                    kr_sb_add_cstr(ts, &buf, " ");
                } else if (!first) {
                    kr_sb_add_cstr(ts, &buf, "\n");
                    kr_sb_add_repeat(ts, &buf, ' ', indent);
                }
                kr_sb_add_cstr(ts, &buf, first ? " = " : "| ");
                first = false;
                signature(ts, &buf, j);
            }
        }
    }
    return kr_sb_finish(ts, &buf);
}

static int set_class_attr(KrThread *ts, KrObject *cls, const char *name, KrObject *value) {
    if (!value) {
        return -1;
    }
    KrObject *n = kr_str_from_cstr(ts, name);
    int rc = n ? kr_setattr(ts, cls, n, value) : -1;
    KR_XDECREF(ts, n);
    KR_DECREF(ts, value);
    return rc;
}

// Class row i: its _fields, __match_args__, _attributes, __doc__, and None
// for its optional fields (and optional attributes), as CPython 3.11 sets them.
static int fill_class(KrThread *ts, KrObject *cls, int i) {
    const KrAstDesc *d = &kr_ast_desc[i];
    const char *fields[16];
    int n = 0;
    for (int j = i + 1; j < kr_ast_ndesc && kr_ast_desc[j].what == 'F'; j++) {
        fields[n++] = kr_ast_desc[j].name;
        if (kr_ast_desc[j].quant == KR_AQ_OPT && set_class_attr(ts, cls, kr_ast_desc[j].name, KR_INCREF(KR_NONE)) < 0) {
            return -1;
        }
    }
    KrObject *t = str_tuple(ts, fields, n);
    if (!t || set_class_attr(ts, cls, "_fields", KR_INCREF(t)) < 0 || set_class_attr(ts, cls, "__match_args__", t) < 0) {
        return -1;
    }
    bool located = kr_ast_kinds[d->kind].loc_off >= 0 && d->what != 'O';
    if (set_class_attr(ts, cls, "_attributes", str_tuple(ts, loc_names, located ? 4 : 0)) < 0 ||
        set_class_attr(ts, cls, "__doc__", class_doc(ts, i)) < 0) {
        return -1;
    }
    if (located && (d->what == 'S' || d->base[0] == 'A') &&
        (set_class_attr(ts, cls, "end_lineno", KR_INCREF(KR_NONE)) < 0 ||
         set_class_attr(ts, cls, "end_col_offset", KR_INCREF(KR_NONE)) < 0)) {
        return -1;
    }
    return 0;
}

KrObject *kr_ast_module_create(KrThread *ts) {
    static KrType *const types[] = {&kr_ast_type, NULL};
    KrObject *m = kr_modsupport_module(ts, "_ast", NULL, NULL, types);
    if (!m) {
        return NULL;
    }
    KrObject *d = KR_MODULE_DICT(m);
    KrObject *td = kr_type_dict(ts, &kr_ast_type);
    KrObject *empty = kr_tuple_new(ts, 0);
    if (!td || !empty || kr_dict_set_item_str(ts, td, "_fields", empty) < 0 ||
        kr_dict_set_item_str(ts, td, "_attributes", empty) < 0 ||
        kr_dict_set_item_str(ts, td, "__match_args__", empty) < 0) {
        goto error;
    }
    for (int i = 0; i < kr_ast_ndesc; i++) {
        if (kr_ast_desc[i].what == 'F') {
            continue;
        }
        KrObject *base = kr_dict_get_item_str(ts, d, kr_ast_desc[i].base);
        KrObject *bases = base ? kr_tuple_pack(ts, 1, base) : NULL;
        KrObject *cls = bases ? kr_modsupport_new_class(ts, "ast", kr_ast_desc[i].name, bases) : NULL;
        KR_XDECREF(ts, bases);
        if (!cls || fill_class(ts, cls, i) < 0) {
            KR_XDECREF(ts, cls);
            goto error;
        }
        if (kr_modsupport_add(ts, m, kr_ast_desc[i].name, cls) < 0) { // steals cls
            goto error;
        }
    }
    if (kr_modsupport_add(ts, m, "PyCF_ONLY_AST", kr_int_from_i64(ts, 0x400)) < 0 ||
        kr_modsupport_add(ts, m, "PyCF_TYPE_COMMENTS", kr_int_from_i64(ts, 0x1000)) < 0 ||
        kr_modsupport_add(ts, m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", kr_int_from_i64(ts, 0x2000)) < 0) {
        goto error;
    }
    KR_DECREF(ts, empty);
    return m;
error:
    KR_XDECREF(ts, empty);
    KR_DECREF(ts, m);
    return NULL;
}

// ---- conversion state -----------------------------------------------------------

int kr_ast_state_init(KrThread *ts, KrAstState *st) {
    memset(st, 0, sizeof *st);
    st->module = kr_import_module(ts, "_ast");
    if (!st->module) {
        return -1;
    }
    KrObject *d = KR_MODULE_DICT(st->module);
    for (int i = 0; i < kr_ast_ndesc; i++) {
        if (kr_ast_desc[i].what == 'F') {
            continue;
        }
        KrObject *cls = kr_dict_get_item_str(ts, d, kr_ast_desc[i].name);
        if (!cls || !KR_TYPE_CHECK_FLAG(cls, KR_TYPE_TYPE_SUBCLASS)) {
            if (!kr_err_occurred(ts)) {
                kr_err_format(ts, &kr_exc_RuntimeError, "_ast.%s is not a class", kr_ast_desc[i].name);
            }
            kr_ast_state_fini(ts, st);
            return -1;
        }
        st->cls[i] = KR_INCREF(cls);
    }
    for (int i = 0; i < 4; i++) {
        st->loc_names[i] = kr_str_from_cstr(ts, loc_names[i]);
        if (!st->loc_names[i]) {
            kr_ast_state_fini(ts, st);
            return -1;
        }
    }
    return 0;
}

void kr_ast_state_fini(KrThread *ts, KrAstState *st) {
    for (int i = 0; i < kr_ast_ndesc; i++) {
        KR_XDECREF(ts, st->cls[i]);
        KR_XDECREF(ts, st->names[i]);
    }
    for (int i = 0; i < 4; i++) {
        KR_XDECREF(ts, st->loc_names[i]);
    }
    KR_XDECREF(ts, st->module);
    memset(st, 0, sizeof *st);
}

KrObject *kr_ast_state_name(KrThread *ts, KrAstState *st, int row) {
    if (!st->names[row]) {
        st->names[row] = kr_str_from_cstr(ts, kr_ast_desc[row].name);
    }
    return st->names[row];
}

// ---- compile()'s entry points ---------------------------------------------------

// Source -> tree (tree NULL), or tree -> code object: both in an arena with the classes at hand.
static KrObject *convert(KrThread *ts, const char *source, size_t len, KrObject *tree, const char *filename,
                         KrParseMode mode, int optimize) {
    KrAstState st;
    if (kr_ast_state_init(ts, &st) < 0) {
        return NULL;
    }
    KrObject *r = NULL;
    KrArena *arena = kr_arena_new(ts);
    if (arena && !tree) {
        KrModule *m = kr_parse(ts, arena, source, len, filename, mode, NULL);
        r = m ? kr_ast_to_py(ts, &st, m) : NULL;
    } else if (arena) {
        KrModule *m = kr_ast_from_py(ts, &st, arena, tree, mode);
        r = m ? kr_compile_ast_opt(ts, m, filename, optimize) : NULL;
    }
    if (arena) {
        kr_arena_free(ts, arena);
    }
    kr_ast_state_fini(ts, &st);
    return r;
}

KrObject *kr_ast_module_parse(KrThread *ts, const char *source, size_t len, const char *filename,
                              KrParseMode mode) {
    return convert(ts, source, len, NULL, filename, mode, 0);
}

KrObject *kr_ast_module_compile(KrThread *ts, KrObject *tree, const char *filename, KrParseMode mode,
                                int optimize) {
    return convert(ts, NULL, 0, tree, filename, mode, optimize);
}
