// SPDX-License-Identifier: MIT
// The _contextvars module (PEP 567): Context, ContextVar, Token and
// copy_context, with one current context per thread (ts->context).
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/genericalias.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/gc.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// A context maps ContextVars to values. Its dict is never changed once
// built: a set makes a new one, so copies share it and iterators stay valid
// (CPython gets the same from its immutable HAMT).
typedef struct KrContext {
    KrObject base;
    KrObject *vars; // dict, never mutated
    KrObject *prev; // the context current before run() entered this one
    bool entered;
} KrContext;

typedef struct KrContextVar {
    KrObject base;
    KrObject *name;
    KrObject *default_value; // NULL: none
} KrContextVar;

typedef struct KrToken {
    KrObject base;
    KrObject *ctx;
    KrObject *var;
    KrObject *old_value; // NULL: Token.MISSING
    bool used;
} KrToken;

extern KrType kr_context_type, kr_contextvar_type, kr_token_type, kr_token_missing_type;

static KrObject token_missing_obj = KR_STATIC_HEAD(&kr_token_missing_type);

// ---- contexts -------------------------------------------------------------------------

static KrContext *context_make(KrThread *ts, KrObject *vars) {
    KrContext *c = (KrContext *)kr_object_alloc(ts, &kr_context_type, sizeof(KrContext));
    if (!c) {
        return NULL;
    }
    c->vars = vars ? KR_INCREF(vars) : kr_dict_new(ts);
    c->prev = NULL;
    c->entered = false;
    if (!c->vars) {
        KR_DECREF(ts, c);
        return NULL;
    }
    return c;
}

// The thread's current context (borrowed), made empty on first use.
static KrContext *current_context(KrThread *ts) {
    if (!ts->context) {
        ts->context = (KrObject *)context_make(ts, NULL);
    }
    return (KrContext *)ts->context;
}

// Replaces ctx's mapping with a copy where var is bound to value (NULL: unbound).
static int context_rebind(KrThread *ts, KrContext *ctx, KrObject *var, KrObject *value) {
    KrObject *vars = kr_dict_copy(ts, ctx->vars);
    if (!vars) {
        return -1;
    }
    int r = value ? kr_dict_set_item(ts, vars, var, value) : kr_dict_del_item(ts, vars, var);
    if (r < 0) {
        KR_DECREF(ts, vars);
        return -1;
    }
    KR_SETREF(ts, ctx->vars, vars);
    return 0;
}

static KrObject *context_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    (void)args;
    if (nargs || (kwnames && KR_TUPLE_SIZE(kwnames))) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Context() does not accept any arguments");
        return NULL;
    }
    return (KrObject *)context_make(ts, NULL);
}

static void context_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrContext *c = (KrContext *)self;
    kr_modsupport_visit(ts, c->vars, visit, arg);
    kr_modsupport_visit(ts, c->prev, visit, arg);
}

static int context_clear(KrThread *ts, KrObject *self) {
    KrContext *c = (KrContext *)self;
    KR_CLEAR(ts, c->vars);
    KR_CLEAR(ts, c->prev);
    return 0;
}

static void context_dealloc(KrThread *ts, KrObject *self) {
    context_clear(ts, self);
    kr_object_free(ts, self);
}

static int check_var_key(KrThread *ts, KrObject *key) {
    if (KR_TYPE(key) != &kr_contextvar_type) {
        kr_err_format(ts, &kr_exc_TypeError, "a ContextVar key was expected, got %R", key);
        return -1;
    }
    return 0;
}

// The vars dict, or an empty one after the collector cleared the context.
static KrObject *context_vars(KrThread *ts, KrContext *c) {
    if (!c->vars) {
        c->vars = kr_dict_new(ts);
    }
    return c->vars;
}

static KrObject *context_getitem(KrThread *ts, KrObject *self, KrObject *key) {
    KrObject *vars = context_vars(ts, (KrContext *)self);
    if (!vars || check_var_key(ts, key) < 0) {
        return NULL;
    }
    KrObject *v = kr_dict_get_item(ts, vars, key);
    if (!v) {
        if (!kr_err_occurred(ts)) {
            kr_dict_key_error(ts, key);
        }
        return NULL;
    }
    return KR_INCREF(v);
}

static int context_contains(KrThread *ts, KrObject *self, KrObject *key) {
    KrObject *vars = context_vars(ts, (KrContext *)self);
    if (!vars || check_var_key(ts, key) < 0) {
        return -1;
    }
    return kr_dict_contains(ts, vars, key);
}

static intptr_t context_len(KrThread *ts, KrObject *self) {
    KrObject *vars = context_vars(ts, (KrContext *)self);
    return vars ? kr_dict_size(vars) : -1;
}

static KrObject *context_iter(KrThread *ts, KrObject *self) {
    KrObject *vars = context_vars(ts, (KrContext *)self);
    return vars ? kr_dict_iter_new(ts, vars, &kr_dict_keyiter_type) : NULL;
}

static KrObject *context_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if (KR_TYPE(b) != &kr_context_type || (op != KR_EQ && op != KR_NE)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrObject *va = context_vars(ts, (KrContext *)a), *vb = va ? context_vars(ts, (KrContext *)b) : NULL;
    return vb ? kr_compare(ts, va, vb, op) : NULL;
}

static KrObject *context_get(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "Context.get", kwnames) < 0 || kr_modsupport_nargs(ts, "get", nargs, 1, 2) < 0) {
        return NULL;
    }
    KrObject *argv[2] = {args[0], nargs > 1 ? args[1] : NULL};
    KrObject *vars = context_vars(ts, (KrContext *)self);
    if (!vars || check_var_key(ts, argv[0]) < 0) {
        return NULL;
    }
    KrObject *v = kr_dict_get_item(ts, vars, argv[0]);
    if (!v && kr_err_occurred(ts)) {
        return NULL;
    }
    return KR_INCREF(v ? v : argv[1] ? argv[1] : KR_NONE);
}

static KrObject *context_view(KrThread *ts, KrObject *self, KrType *view_type) {
    KrObject *vars = context_vars(ts, (KrContext *)self);
    return vars ? kr_dict_view_new(ts, vars, view_type) : NULL;
}

static KrObject *context_keys(KrThread *ts, KrObject *self) {
    return context_view(ts, self, &kr_dict_keys_type);
}

static KrObject *context_values(KrThread *ts, KrObject *self) {
    return context_view(ts, self, &kr_dict_values_type);
}

static KrObject *context_items(KrThread *ts, KrObject *self) {
    return context_view(ts, self, &kr_dict_items_type);
}

static KrObject *context_copy(KrThread *ts, KrObject *self) {
    KrObject *vars = context_vars(ts, (KrContext *)self);
    return vars ? (KrObject *)context_make(ts, vars) : NULL;
}

static KrObject *context_run(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrContext *c = (KrContext *)self;
    if (nargs < 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "run() missing 1 required positional argument");
        return NULL;
    }
    if (c->entered) {
        kr_err_format(ts, &kr_exc_RuntimeError, "cannot enter context: %R is already entered", self);
        return NULL;
    }
    c->entered = true;
    c->prev = ts->context; // takes the thread's reference
    ts->context = KR_INCREF(self);
    KrObject *res = kr_call(ts, args[0], args + 1, nargs - 1, kwnames);
    KrObject *mine = ts->context;
    ts->context = c->prev;
    c->prev = NULL;
    c->entered = false;
    KR_DECREF(ts, mine);
    return res;
}

static const KrMethodDef context_methods[] = {
    {"run", (void *)context_run, KR_METH_VARARGS, false, false, NULL},
    {"copy", (void *)context_copy, KR_METH_NOARGS, false, false, "Return a shallow copy of the context object."},
    {"get", (void *)context_get, KR_METH_VARARGS, false, false,
     "Return the value for `key` if `key` has the value in the context object.\n\n"
     "If `key` does not exist, return `default`. If `default` is not given,\nreturn None."},
    {"items", (void *)context_items, KR_METH_NOARGS, false, false,
     "Return all variables and their values in the context object."},
    {"keys", (void *)context_keys, KR_METH_NOARGS, false, false, "Return a list of all variables in the context object."},
    {"values", (void *)context_values, KR_METH_NOARGS, false, false,
     "Return a list of all variables' values in the context object."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_context_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_contextvars.Context",
    .basicsize = sizeof(KrContext),
    .flags = KR_TYPE_GC,
    .dealloc = context_dealloc,
    .traverse = context_traverse,
    .clear = context_clear,
    .hash = kr_hash_not_implemented,
    .richcompare = context_richcompare,
    .iter = context_iter,
    .new_ = context_new,
    .len = context_len,
    .getitem = context_getitem,
    .contains = context_contains,
    .methods = context_methods,
};

// ---- ContextVar -----------------------------------------------------------------------

static KrObject *contextvar_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"name", "default", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "ContextVar() takes at most 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    if (nargs == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
        return NULL;
    }
    if (kr_parse_args(ts, "ContextVar", args, nargs, kwnames, names, 1, 1, 1, argv) < 0) {
        return NULL;
    }
    if (!kr_str_check(argv[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "context variable name must be a str");
        return NULL;
    }
    KrContextVar *v = (KrContextVar *)kr_object_alloc(ts, type, sizeof(KrContextVar));
    if (!v) {
        return NULL;
    }
    v->name = KR_INCREF(argv[0]);
    v->default_value = argv[1] ? KR_INCREF(argv[1]) : NULL;
    return (KrObject *)v;
}

static void contextvar_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrContextVar *v = (KrContextVar *)self;
    kr_modsupport_visit(ts, v->name, visit, arg);
    kr_modsupport_visit(ts, v->default_value, visit, arg);
}

static int contextvar_clear(KrThread *ts, KrObject *self) {
    KrContextVar *v = (KrContextVar *)self;
    KR_CLEAR(ts, v->name);
    KR_CLEAR(ts, v->default_value);
    return 0;
}

static void contextvar_dealloc(KrThread *ts, KrObject *self) {
    contextvar_clear(ts, self);
    kr_object_free(ts, self);
}

static KrHash contextvar_hash(KrThread *ts, KrObject *self) {
    (void)ts;
    KrHash h = (KrHash)((uintptr_t)self >> 4);
    return h == -1 ? -2 : h;
}

static KrObject *contextvar_repr(KrThread *ts, KrObject *self) {
    KrContextVar *v = (KrContextVar *)self;
    KrObject *name = v->name ? v->name : KR_NONE;
    if (v->default_value) {
        return kr_str_from_format(ts, "<ContextVar name=%R default=%R at %p>", name, v->default_value, (void *)self);
    }
    return kr_str_from_format(ts, "<ContextVar name=%R at %p>", name, (void *)self);
}

static KrObject *contextvar_get(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrContextVar *v = (KrContextVar *)self;
    if (kr_check_positional(ts, "get", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (ts->context) {
        KrObject *vars = context_vars(ts, (KrContext *)ts->context);
        KrObject *value = vars ? kr_dict_get_item(ts, vars, self) : NULL;
        if (value) {
            return KR_INCREF(value);
        }
        if (kr_err_occurred(ts)) {
            return NULL;
        }
    }
    if (nargs) {
        return KR_INCREF(args[0]);
    }
    if (v->default_value) {
        return KR_INCREF(v->default_value);
    }
    kr_err_set_type(ts, &kr_exc_LookupError, self);
    return NULL;
}

static KrObject *contextvar_set(KrThread *ts, KrObject *self, KrObject *value) {
    KrContext *ctx = current_context(ts);
    KrObject *vars = ctx ? context_vars(ts, ctx) : NULL;
    if (!vars) {
        return NULL;
    }
    KrObject *old = kr_dict_get_item(ts, vars, self);
    if (!old && kr_err_occurred(ts)) {
        return NULL;
    }
    KrToken *t = (KrToken *)kr_object_alloc(ts, &kr_token_type, sizeof(KrToken));
    if (!t) {
        return NULL;
    }
    t->ctx = KR_INCREF((KrObject *)ctx);
    t->var = KR_INCREF(self);
    t->old_value = old ? KR_INCREF(old) : NULL;
    t->used = false;
    if (context_rebind(ts, ctx, self, value) < 0) {
        KR_DECREF(ts, t);
        return NULL;
    }
    return (KrObject *)t;
}

static KrObject *contextvar_reset(KrThread *ts, KrObject *self, KrObject *token) {
    if (KR_TYPE(token) != &kr_token_type) {
        kr_err_format(ts, &kr_exc_TypeError, "expected an instance of Token, got %R", token);
        return NULL;
    }
    KrToken *t = (KrToken *)token;
    if (t->used) {
        kr_err_format(ts, &kr_exc_RuntimeError, "%R has already been used once", token);
        return NULL;
    }
    if (t->var != self) {
        kr_err_format(ts, &kr_exc_ValueError, "%R was created by a different ContextVar", token);
        return NULL;
    }
    KrContext *ctx = current_context(ts);
    if (!ctx) {
        return NULL;
    }
    if (t->ctx != (KrObject *)ctx) {
        kr_err_format(ts, &kr_exc_ValueError, "%R was created in a different Context", token);
        return NULL;
    }
    if (!context_vars(ts, ctx)) {
        return NULL;
    }
    int present = kr_dict_contains(ts, ctx->vars, self);
    if (present < 0) {
        return NULL;
    }
    // Unbinding a variable that is already unbound leaves the mapping alone.
    if ((t->old_value || present) && context_rebind(ts, ctx, self, t->old_value) < 0) {
        return NULL;
    }
    t->used = true;
    KR_RETURN_NONE;
}

static KrObject *contextvar_get_name(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *name = ((KrContextVar *)self)->name;
    return KR_INCREF(name ? name : KR_NONE);
}

static const KrMethodDef contextvar_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"get", (void *)contextvar_get, KR_METH_VARARGS, false, false,
     "Return a value for the context variable for the current context.\n\n"
     "If there is no value for the variable in the current context, the method will:\n"
     " * return the value of the default argument of the method, if provided; or\n"
     " * return the default value for the context variable, if it was created\n   with one; or\n"
     " * raise a LookupError."},
    {"set", (void *)contextvar_set, KR_METH_O, false, false,
     "Call to set a new value for the context variable in the current context."},
    {"reset", (void *)contextvar_reset, KR_METH_O, false, false,
     "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\n"
     "created the token was used."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef contextvar_getsets[] = {
    {"name", contextvar_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_contextvar_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(KrContextVar),
    .flags = KR_TYPE_GC,
    .dealloc = contextvar_dealloc,
    .traverse = contextvar_traverse,
    .clear = contextvar_clear,
    .hash = contextvar_hash,
    .repr = contextvar_repr,
    .new_ = contextvar_new,
    .methods = contextvar_methods,
    .getsets = contextvar_getsets,
};

// ---- Token ----------------------------------------------------------------------------

static KrObject *token_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_set_str(ts, &kr_exc_RuntimeError, "Tokens can only be created by ContextVars");
    return NULL;
}

static void token_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrToken *t = (KrToken *)self;
    kr_modsupport_visit(ts, t->ctx, visit, arg);
    kr_modsupport_visit(ts, t->var, visit, arg);
    kr_modsupport_visit(ts, t->old_value, visit, arg);
}

static int token_clear(KrThread *ts, KrObject *self) {
    KrToken *t = (KrToken *)self;
    KR_CLEAR(ts, t->ctx);
    KR_CLEAR(ts, t->var);
    KR_CLEAR(ts, t->old_value);
    return 0;
}

static void token_dealloc(KrThread *ts, KrObject *self) {
    token_clear(ts, self);
    kr_object_free(ts, self);
}

static KrObject *token_repr(KrThread *ts, KrObject *self) {
    KrToken *t = (KrToken *)self;
    return kr_str_from_format(ts, "<Token%s var=%R at %p>", t->used ? " used" : "", t->var ? t->var : KR_NONE,
                              (void *)self);
}

static KrObject *token_get_var(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *var = ((KrToken *)self)->var;
    return KR_INCREF(var ? var : KR_NONE);
}

static KrObject *token_get_old_value(KrThread *ts, KrObject *self) {
    (void)ts;
    KrObject *old = ((KrToken *)self)->old_value;
    return KR_INCREF(old ? old : &token_missing_obj);
}

static const KrMethodDef token_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef token_getsets[] = {
    {"var", token_get_var, NULL, NULL},
    {"old_value", token_get_old_value, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_token_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_contextvars.Token",
    .basicsize = sizeof(KrToken),
    .flags = KR_TYPE_GC,
    .dealloc = token_dealloc,
    .traverse = token_traverse,
    .clear = token_clear,
    .repr = token_repr,
    .new_ = token_new,
    .methods = token_methods,
    .getsets = token_getsets,
};

static KrObject *token_missing_repr(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_str_from_cstr(ts, "<Token.MISSING>");
}

KrType kr_token_missing_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "Token.MISSING",
    .basicsize = sizeof(KrObject),
    .repr = token_missing_repr,
};

// ---- the module -----------------------------------------------------------------------

static KrObject *contextvars_copy_context(KrThread *ts, KrObject *mod) {
    (void)mod;
    KrContext *ctx = current_context(ts);
    return ctx ? context_copy(ts, (KrObject *)ctx) : NULL;
}

static const KrMethodDef contextvars_functions[] = {
    {"copy_context", (void *)contextvars_copy_context, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_contextvars_create(KrThread *ts) {
    static KrType *const types[] = {&kr_context_type, &kr_contextvar_type, &kr_token_type, NULL};
    KrObject *m = kr_modsupport_module(ts, "_contextvars", "Context Variables", contextvars_functions, types);
    if (!m) {
        return NULL;
    }
    KrObject *tdict = kr_type_dict(ts, &kr_token_type); // borrowed
    if (!tdict || kr_dict_set_item_str(ts, tdict, "MISSING", &token_missing_obj) < 0) {
        KR_DECREF(ts, m);
        return NULL;
    }
    kr_type_cache_invalidate(ts);
    return m;
}
