// SPDX-License-Identifier: MIT
// The builtins that need the running frame or the compiler: globals, locals,
// vars, exec, eval, compile, __build_class__ (and super's registration).
#include <string.h>

#include "../compiler/ast.h"
#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/frame.h"
#include "ast_module.h"
#include "modules.h"

extern KrType kr_super_type;

static KrObject *builtin_globals(KrThread *ts, KrObject *self) {
    (void)self;
    KrFrame *f = ts->frame;
    if (!f) {
        KR_RETURN_NONE;
    }
    return KR_INCREF(f->globals);
}

// The caller's locals (locals(), vars(), exec's default): its namespace
// dict, or the snapshot dict of its fast locals, the same dict each time.
static KrObject *frame_locals(KrThread *ts, KrFrame *f) {
    return kr_frameobject_locals(ts, f);
}

KrObject *kr_builtins_exec_locals(KrThread *ts) {
    if (!ts->frame) {
        KR_RETURN_NONE;
    }
    return frame_locals(ts, ts->frame);
}

static KrObject *builtin_locals(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_builtins_exec_locals(ts);
}

static KrObject *builtin_vars(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_check_positional(ts, "vars", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return ts->frame ? frame_locals(ts, ts->frame) : KR_INCREF(KR_NONE);
    }
    KrObject *d = kr_getattr(ts, args[0], KR_ID(ts, __dict__));
    if (!d && kr_err_matches(ts, &kr_exc_AttributeError)) {
        kr_err_clear(ts);
        kr_err_set_str(ts, &kr_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static int parse_mode(KrThread *ts, KrObject *mode, KrParseMode *out, const char *fname) {
    if (kr_str_equal_cstr(mode, "exec")) {
        *out = KR_MODE_EXEC;
    } else if (kr_str_equal_cstr(mode, "eval")) {
        *out = KR_MODE_EVAL;
    } else if (kr_str_equal_cstr(mode, "single")) {
        *out = KR_MODE_SINGLE;
    } else {
        kr_err_format(ts, &kr_exc_ValueError, "%s() mode must be 'exec', 'eval' or 'single'", fname);
        return -1;
    }
    return 0;
}

// Source text of a compile/exec/eval argument: a str, or a bytes-like object
// decoded by its coding cookie (*owned then holds the decoded copy, to be
// freed by the caller). NULL with TypeError/SyntaxError otherwise.
static const char *source_text(KrThread *ts, KrObject *src, size_t *len, const char *fname, const char *filename,
                               char **owned) {
    *owned = NULL;
    const char *s;
    const char *p;
    intptr_t n;
    if (kr_str_check(src)) {
        s = kr_str_utf8(ts, src, len);
    } else {
        int r = kr_bytes_buffer(ts, src, &p, &n);
        if (r < 0) {
            return NULL;
        }
        if (r == 0) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fname,
                          strcmp(fname, "compile") == 0 ? "AST" : "code");
            return NULL;
        }
        *len = (size_t)n;
        s = memchr(p, '\0', *len) ? p : kr_source_decode(ts, p, len, filename, false, owned);
    }
    if (s && memchr(s, '\0', *len)) {
        kr_mem_free(ts, *owned);
        *owned = NULL;
        kr_err_set_str(ts, &kr_exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return s;
}

// compile()'s filename: a str, bytes, or os.PathLike; a new str.
static KrObject *filename_arg(KrThread *ts, KrObject *fn) {
    KrObject *path = NULL;
    if (!kr_str_check(fn) && !kr_bytes_check(fn)) {
        KrObject *name = kr_str_from_cstr(ts, "__fspath__");
        if (!name) {
            return NULL;
        }
        if (kr_type_lookup(ts, KR_TYPE(fn), name)) {
            path = kr_call_method(ts, fn, name, NULL, 0);
            if (!path) {
                KR_DECREF(ts, name);
                return NULL;
            }
            if (!kr_str_check(path) && !kr_bytes_check(path)) {
                kr_err_format(ts, &kr_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                              kr_type_name_cstr(KR_TYPE(fn)), kr_type_name_cstr(KR_TYPE(path)));
                KR_DECREF(ts, path);
                KR_DECREF(ts, name);
                return NULL;
            }
            fn = path;
        }
        KR_DECREF(ts, name);
    }
    KrObject *r = NULL;
    if (kr_str_check(fn)) {
        r = KR_INCREF(fn);
    } else if (kr_bytes_check(fn)) {
        r = kr_codec_decode(ts, KR_BYTES_DATA(fn), KR_BYTES_SIZE(fn), "utf-8", "surrogateescape");
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                      kr_type_name_cstr(KR_TYPE(fn)));
    }
    KR_XDECREF(ts, path);
    return r;
}

// An int argument of compile() (flags, dont_inherit, optimize).
static int int_arg(KrThread *ts, KrObject *o, int64_t *out) {
    KrObject *i = kr_number_index(ts, o);
    if (!i) {
        return -1;
    }
    int overflow = 0;
    *out = kr_int_as_i64(i, &overflow);
    KR_DECREF(ts, i);
    if (overflow || *out > INT32_MAX || *out < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

// The compile() flags CPython accepts: the __future__ features and the
// PyCF_ compiler flags (ast-only, type comments, top-level await, ...).
#define COMPILE_FLAGS_KNOWN 0x1FE7600
#define PYCF_ONLY_AST 0x400

static KrObject *builtin_compile(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                        "_feature_version", NULL};
    KrObject *a[7];
    if (kr_parse_args(ts, "compile", args, nargs, kwnames, names, 3, 0, 7, a) < 0) {
        return NULL;
    }
    KrObject *fn = filename_arg(ts, a[1]);
    if (!fn) {
        return NULL;
    }
    KrObject *r = NULL;
    char *owned = NULL;
    KrParseMode mode;
    int64_t flags = 0, dont_inherit = 0, optimize = -1;
    if (!kr_str_check(a[2])) {
        kr_err_format(ts, &kr_exc_TypeError, "compile() argument 'mode' must be str, not %s",
                      kr_arg_type_name(a[2]));
        goto done;
    }
    if ((a[3] && int_arg(ts, a[3], &flags) < 0) || (a[4] && int_arg(ts, a[4], &dont_inherit) < 0) ||
        (a[5] && int_arg(ts, a[5], &optimize) < 0)) {
        goto done;
    }
    if (flags & ~(int64_t)COMPILE_FLAGS_KNOWN) {
        kr_err_set_str(ts, &kr_exc_ValueError, "compile(): unrecognised flags");
        goto done;
    }
    if (optimize < -1 || optimize > 2) {
        kr_err_set_str(ts, &kr_exc_ValueError, "compile(): invalid optimize value");
        goto done;
    }
    if (kr_str_equal_cstr(a[2], "func_type")) {
        kr_err_set_str(ts, flags & PYCF_ONLY_AST ? &kr_exc_NotImplementedError : &kr_exc_ValueError,
                       flags & PYCF_ONLY_AST ? "compile() mode 'func_type' is not supported"
                                             : "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        goto done;
    }
    if (parse_mode(ts, a[2], &mode, "compile") < 0) {
        if (flags & PYCF_ONLY_AST) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        }
        goto done;
    }
    if (KR_TYPE(a[0]) == &kr_code_type) {
        r = KR_INCREF(a[0]);
        goto done;
    }
    const char *filename = kr_str_utf8(ts, fn, NULL);
    if (filename && kr_ast_module_check(a[0])) {
        // A tree: returned as is when a tree is asked for, else compiled.
        r = flags & PYCF_ONLY_AST ? KR_INCREF(a[0]) : kr_ast_module_compile(ts, a[0], filename, mode, (int)optimize);
        goto done;
    }
    size_t len;
    const char *src = filename ? source_text(ts, a[0], &len, "compile", filename, &owned) : NULL;
    if (src) {
        r = flags & PYCF_ONLY_AST ? kr_ast_module_parse(ts, src, len, filename, mode)
                                  : kr_compile_source_opt(ts, src, len, filename, mode, (int)optimize);
    }
done:
    kr_mem_free(ts, owned);
    KR_DECREF(ts, fn);
    return r;
}

// Shared by exec and eval: compile if needed, pick the namespaces, run.
static KrObject *exec_or_eval(KrThread *ts, KrObject *const *args, size_t nargs, KrObject *kwnames, bool is_eval) {
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = {"source", "globals", "locals", NULL};
    KrObject *a[3];
    if (kr_parse_args(ts, fname, args, nargs, kwnames, names, 1, 1, 3, a) < 0) {
        return NULL;
    }
    KrObject *globals = a[1] && a[1] != KR_NONE ? a[1] : NULL;
    KrObject *locals = a[2] && a[2] != KR_NONE ? a[2] : NULL;
    // The checks and their order are CPython's, which differ between the two.
    if (is_eval && locals && !KR_TYPE(locals)->getitem) {
        kr_err_set_str(ts, &kr_exc_TypeError, "locals must be a mapping");
        return NULL;
    }
    if (globals && !kr_dict_check(globals)) {
        if (is_eval) {
            kr_err_set_str(ts, &kr_exc_TypeError, KR_TYPE(globals)->getitem
                                                      ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                      : "globals must be a dict");
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "%s() globals must be a dict, not %s", fname,
                          kr_type_name_cstr(KR_TYPE(globals)));
        }
        return NULL;
    }
    if (!is_eval && locals && !KR_TYPE(locals)->getitem) {
        kr_err_format(ts, &kr_exc_TypeError, "locals must be a mapping or None, not %s",
                      kr_type_name_cstr(KR_TYPE(locals)));
        return NULL;
    }
    KrObject *own_locals = NULL;
    if (!globals) {
        KrFrame *f = ts->frame;
        if (!f) {
            kr_err_set_str(ts, &kr_exc_SystemError, "globals and locals cannot be NULL");
            return NULL;
        }
        globals = f->globals;
        if (!locals) {
            own_locals = frame_locals(ts, f);
            if (!own_locals) {
                return NULL;
            }
            locals = own_locals;
        }
    } else if (!locals) {
        locals = globals;
    }
    KrObject *code;
    if (KR_TYPE(a[0]) == &kr_code_type) {
        code = KR_INCREF(a[0]);
    } else {
        size_t len;
        char *owned = NULL;
        const char *src = source_text(ts, a[0], &len, fname, "<string>", &owned);
        if (!src) {
            KR_XDECREF(ts, own_locals);
            return NULL;
        }
        if (is_eval) {
            while (len && (*src == ' ' || *src == '\t')) {
                src++;
                len--;
            }
        }
        code = kr_compile_source(ts, src, len, "<string>", is_eval ? KR_MODE_EVAL : KR_MODE_EXEC, NULL);
        kr_mem_free(ts, owned);
        if (!code) {
            KR_XDECREF(ts, own_locals);
            return NULL;
        }
    }
    KrObject *r = kr_eval_code(ts, code, globals, locals);
    KR_DECREF(ts, code);
    KR_XDECREF(ts, own_locals);
    if (r && !is_eval) {
        KR_DECREF(ts, r);
        KR_RETURN_NONE;
    }
    return r;
}

static KrObject *builtin_exec(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return exec_or_eval(ts, args, nargs, kwnames, false);
}

static KrObject *builtin_eval(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return exec_or_eval(ts, args, nargs, kwnames, true);
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
// PEP 560: a base that is not a class may name the classes it stands for
// with __mro_entries__(bases). Returns the bases to use (a new reference).
static KrObject *update_bases(KrThread *ts, KrObject *bases) {
    KrObject *out = NULL;
    KrObject *name = kr_str_from_cstr(ts, "__mro_entries__");
    if (!name) {
        return NULL;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(bases); i++) {
        KrObject *b = KR_TUPLE_GET(bases, i);
        KrObject *meth = kr_isinstance_type(b, &kr_type_type) ? NULL : kr_getattr_opt(ts, b, name);
        if (!meth) {
            if (kr_err_occurred(ts) || (out && kr_list_append(ts, out, b) < 0)) {
                goto error;
            }
            continue;
        }
        KrObject *entries = kr_call1(ts, meth, bases);
        KR_DECREF(ts, meth);
        if (!entries) {
            goto error;
        }
        if (!kr_tuple_check(entries)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "__mro_entries__ must return a tuple");
            KR_DECREF(ts, entries);
            goto error;
        }
        if (!out) {
            out = kr_list_new(ts, 0);
            for (intptr_t j = 0; out && j < i; j++) {
                if (kr_list_append(ts, out, KR_TUPLE_GET(bases, j)) < 0) {
                    KR_CLEAR(ts, out);
                }
            }
        }
        for (intptr_t j = 0; out && j < KR_TUPLE_SIZE(entries); j++) {
            if (kr_list_append(ts, out, KR_TUPLE_GET(entries, j)) < 0) {
                KR_CLEAR(ts, out);
            }
        }
        KR_DECREF(ts, entries);
        if (!out) {
            goto error;
        }
    }
    KR_DECREF(ts, name);
    if (!out) {
        return KR_INCREF(bases);
    }
    KrObject *t = kr_list_as_tuple(ts, out);
    KR_DECREF(ts, out);
    return t;
error:
    KR_DECREF(ts, name);
    KR_XDECREF(ts, out);
    return NULL;
}

static KrObject *builtin_build_class(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)self;
    if (nargs < 2) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    KrObject *func = args[0], *name = args[1];
    if (KR_TYPE(func) != &kr_function_type) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!kr_str_check(name)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    KrObject *orig_bases = kr_tuple_from_array(ts, args + 2, (intptr_t)nargs - 2);
    KrObject *bases = orig_bases ? update_bases(ts, orig_bases) : NULL;
    KrObject *kw = kr_dict_new(ts);
    KrObject *meta = NULL, *ns = NULL, *cls = NULL, *cell = NULL;
    if (!bases || !kw) {
        goto done;
    }
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_equal_cstr(k, "metaclass")) {
            meta = KR_INCREF(args[nargs + (size_t)i]);
        } else if (kr_dict_set_item(ts, kw, k, args[nargs + (size_t)i]) < 0) {
            goto done;
        }
    }
    if (!meta) {
        meta = KR_TUPLE_SIZE(bases) ? (KrObject *)KR_TYPE(KR_TUPLE_GET(bases, 0)) : (KrObject *)&kr_type_type;
        KR_INCREF(meta);
    }
    // The most derived metaclass among the bases' types wins.
    if (kr_isinstance_type(meta, &kr_type_type)) {
        KrType *winner = kr_type_calculate_metaclass(ts, (KrType *)meta, bases);
        if (!winner) {
            goto done;
        }
        KR_SETREF(ts, meta, KR_INCREF(winner));
    }
    KrObject *prepare = kr_getattr_opt(ts, meta, KR_ID(ts, __prepare__));
    if (prepare) {
        KrObject *pargs[2] = {name, bases};
        KrObject *t = kr_tuple_from_array(ts, pargs, 2);
        ns = t ? kr_call_tuple_dict(ts, prepare, t, kw) : NULL;
        KR_XDECREF(ts, t);
        KR_DECREF(ts, prepare);
    } else if (!kr_err_occurred(ts)) {
        ns = kr_dict_new(ts);
    }
    if (!ns) {
        goto done;
    }
    if (!KR_TYPE(ns)->getitem) {
        kr_err_format(ts, &kr_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      kr_isinstance_type(meta, &kr_type_type) ? kr_type_name_cstr((KrType *)meta) : "<metaclass>",
                      kr_type_name_cstr(KR_TYPE(ns)));
        goto done;
    }
    if (bases != orig_bases && kr_setitem(ts, ns, KR_ID(ts, __orig_bases__), orig_bases) < 0) {
        goto done;
    }
    cell = kr_eval_class_body(ts, func, ns);
    if (!cell) {
        goto done;
    }
    KrObject *margs[3] = {name, bases, ns};
    KrObject *t = kr_tuple_from_array(ts, margs, 3);
    cls = t ? kr_call_tuple_dict(ts, meta, t, kw) : NULL;
    KR_XDECREF(ts, t);
    if (cls && KR_TYPE(cell) == &kr_cell_type) {
        KR_SETREF(ts, ((KrCell *)cell)->ref, KR_INCREF(cls));
    }
done:
    KR_XDECREF(ts, cell);
    KR_XDECREF(ts, ns);
    KR_XDECREF(ts, meta);
    KR_XDECREF(ts, kw);
    KR_XDECREF(ts, bases);
    KR_XDECREF(ts, orig_bases);
    return cls;
}

static const KrMethodDef exec_functions[] = {
    {"globals", builtin_globals, KR_METH_NOARGS, false, false, "Return the dictionary of the current global scope."},
    {"locals", builtin_locals, KR_METH_NOARGS, false, false, "Return a dictionary of the current local scope."},
    {"vars", builtin_vars, KR_METH_VARARGS, false, false, "vars([object]) -> dictionary"},
    {"compile", builtin_compile, KR_METH_VARARGS, false, false, "Compile source into a code object."},
    {"exec", builtin_exec, KR_METH_VARARGS, false, false, "Execute the given source in a namespace."},
    {"eval", builtin_eval, KR_METH_VARARGS, false, false, "Evaluate the given source in a namespace."},
    {"__build_class__", builtin_build_class, KR_METH_VARARGS, false, false, "Internal helper for class statements."},
    {NULL, NULL, 0, false, false, NULL},
};

int kr_builtins_add_exec(KrThread *ts, KrObject *builtins) {
    KrObject *modname = kr_str_from_cstr(ts, "builtins");
    if (!modname) {
        return -1;
    }
    for (const KrMethodDef *d = exec_functions; d->name; d++) {
        KrObject *f = kr_cfunction_new(ts, d, NULL, modname);
        if (!f || kr_dict_set_item_str(ts, builtins, d->name, f) < 0) {
            KR_XDECREF(ts, f);
            KR_DECREF(ts, modname);
            return -1;
        }
        KR_DECREF(ts, f);
    }
    KR_DECREF(ts, modname);
    if (kr_builtins_add_help(ts, builtins) < 0) {
        return -1;
    }
    return kr_dict_set_item_str(ts, builtins, "super", (KrObject *)&kr_super_type);
}
