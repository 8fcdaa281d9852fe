// SPDX-License-Identifier: MIT
// Frame allocation (with a small per-interpreter free list) and argument binding.
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/str.h"
#include "frame.h"

// Recycled frames are chained through `back`; `nslots` keeps their capacity.
#define FREE_FRAMES_MAX 64

KrFrame *kr_frame_new(KrThread *ts, KrCode *code, KrFunction *func, KrObject *globals, KrObject *builtins,
                      KrObject *locals) {
    int32_t need = code->nlocals + code->ncells + code->stacksize;
    KrFrame *f = NULL;
    KrFrame **pp = &ts->vm->free_frames;
    for (int i = 0; *pp && i < 4; i++, pp = &(*pp)->back) {
        if ((*pp)->nslots >= need) {
            f = *pp;
            *pp = f->back;
            ts->vm->free_frame_count--;
            break;
        }
    }
    if (!f) {
        f = kr_mem_alloc(ts, sizeof(KrFrame) + sizeof(KrObject *) * (size_t)need);
        if (!f) {
            return NULL;
        }
        f->nslots = need;
    }
    int32_t cap = f->nslots;
    memset(f, 0, sizeof(KrFrame) + sizeof(KrObject *) * (size_t)(code->nlocals + code->ncells));
    f->nslots = cap;
    f->lasti = -1;
    f->code = (KrCode *)KR_INCREF(code);
    f->func = func ? (KrFunction *)KR_INCREF(func) : NULL;
    f->globals = KR_INCREF(globals);
    f->builtins = KR_INCREF(builtins);
    f->locals = locals ? KR_INCREF(locals) : NULL;
    return f;
}

void kr_frame_free(KrThread *ts, KrFrame *f) {
    if (f->frame_obj && kr_frameobject_release(ts, f)) {
        return;
    }
    KrCode *co = f->code;
    int32_t n = co->nlocals + co->ncells + f->stacktop;
    for (int32_t i = 0; i < n; i++) {
        KR_XDECREF(ts, f->slots[i]);
    }
    KR_XDECREF(ts, f->func);
    KR_DECREF(ts, f->globals);
    KR_DECREF(ts, f->builtins);
    KR_XDECREF(ts, f->locals);
    KR_DECREF(ts, co);
    KrVM *vm = ts->vm;
    if (vm->free_frame_count < FREE_FRAMES_MAX) {
        f->back = vm->free_frames;
        vm->free_frames = f;
        vm->free_frame_count++;
    } else {
        kr_mem_free(ts, f);
    }
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython's format_missing.
static KrObject *join_names(KrThread *ts, KrObject **names, int n) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            kr_sb_add_cstr(ts, &sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        }
        KrObject *r = kr_repr(ts, names[i]);
        if (!r) {
            kr_sb_discard(ts, &sb);
            return NULL;
        }
        kr_sb_add_str(ts, &sb, r);
        KR_DECREF(ts, r);
    }
    return kr_sb_finish(ts, &sb);
}

static void missing_error(KrThread *ts, KrFunction *func, KrObject **names, int n, bool kwonly) {
    KrObject *list = join_names(ts, names, n);
    if (!list) {
        return;
    }
    kr_err_format(ts, &kr_exc_TypeError, "%U() missing %d required %s argument%s: %U", func->qualname, n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
    KR_DECREF(ts, list);
}

static void too_many_positional(KrThread *ts, KrFunction *func, KrFrame *f, size_t given) {
    KrCode *co = func->code;
    int argcount = co->argcount;
    intptr_t ndef = func->defaults ? KR_TUPLE_SIZE(func->defaults) : 0;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + co->kwonlyargcount; i++) {
        if (f->slots[i]) {
            kwonly_given++;
        }
    }
    KrObject *sig;
    if (ndef) {
        sig = kr_str_from_format(ts, "from %d to %d positional arguments", argcount - (int)ndef, argcount);
    } else {
        sig = kr_str_from_format(ts, "%d positional argument%s", argcount, argcount == 1 ? "" : "s");
    }
    if (!sig) {
        return;
    }
    if (kwonly_given) {
        kr_err_format(ts, &kr_exc_TypeError,
                      "%U() takes %U but %zu positional argument%s (and %d keyword-only argument%s) were given",
                      func->qualname, sig, given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "%U() takes %U but %zu %s given", func->qualname, sig, given,
                      given == 1 ? "was" : "were");
    }
    KR_DECREF(ts, sig);
}

// "f() got some positional-only arguments passed as keyword arguments: 'a, b'"
static void posonly_kw_error(KrThread *ts, KrFunction *func, KrObject *kwnames) {
    KrCode *co = func->code;
    KrStrBuilder sb;
    kr_sb_init(&sb);
    int n = 0;
    for (int j = 0; j < co->posonlyargcount; j++) {
        KrObject *pn = KR_TUPLE_GET(co->varnames, j);
        for (intptr_t k = 0; k < KR_TUPLE_SIZE(kwnames); k++) {
            if (kr_str_equal(pn, KR_TUPLE_GET(kwnames, k))) {
                if (n++) {
                    kr_sb_add_cstr(ts, &sb, ", ");
                }
                kr_sb_add_str(ts, &sb, pn);
                break;
            }
        }
    }
    KrObject *names = kr_sb_finish(ts, &sb);
    if (names) {
        kr_err_format(ts, &kr_exc_TypeError,
                      "%U() got some positional-only arguments passed as keyword arguments: '%U'", func->qualname,
                      names);
        KR_DECREF(ts, names);
    }
}

int kr_frame_bind_args(KrThread *ts, KrFrame *f, KrFunction *func, KrObject *const *args, size_t nargs,
                       KrObject *kwnames) {
    KrCode *co = func->code;
    int argcount = co->argcount, kwonly = co->kwonlyargcount, posonly = co->posonlyargcount;
    int total = argcount + kwonly;
    KrObject **locals = f->slots;
    KrObject *kwdict = NULL;
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) {
        locals[i] = KR_INCREF(args[i]);
    }
    int next = total;
    if (co->flags & KR_CO_VARARGS) {
        KrObject *rest = nargs > n ? kr_tuple_from_array(ts, args + n, (intptr_t)(nargs - n)) : kr_tuple_new(ts, 0);
        if (!rest) {
            return -1;
        }
        locals[next++] = rest;
    }
    if (co->flags & KR_CO_VARKEYWORDS) {
        kwdict = kr_dict_new(ts);
        if (!kwdict) {
            return -1;
        }
        locals[next] = kwdict;
    }
    intptr_t nkw = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    KrObject *const *varnames = KR_TUPLE_ITEMS(co->varnames);
    for (intptr_t k = 0; k < nkw; k++) {
        KrObject *name = KR_TUPLE_GET(kwnames, k);
        KrObject *value = args[nargs + (size_t)k];
        int j;
        for (j = posonly; j < total; j++) {
            if (varnames[j] == name) {
                break;
            }
        }
        if (j == total) {
            for (j = posonly; j < total; j++) {
                if (kr_str_equal(varnames[j], name)) {
                    break;
                }
            }
        }
        if (j == total) {
            if (kwdict) {
                if (kr_dict_set_item(ts, kwdict, name, value) < 0) {
                    return -1;
                }
                continue;
            }
            for (j = 0; j < posonly; j++) {
                if (kr_str_equal(varnames[j], name)) {
                    posonly_kw_error(ts, func, kwnames);
                    return -1;
                }
            }
            kr_err_format(ts, &kr_exc_TypeError, "%U() got an unexpected keyword argument '%U'", func->qualname, name);
            return -1;
        }
        if (locals[j]) {
            kr_err_format(ts, &kr_exc_TypeError, "%U() got multiple values for argument '%U'", func->qualname, name);
            return -1;
        }
        locals[j] = KR_INCREF(value);
    }
    if (nargs > (size_t)argcount && !(co->flags & KR_CO_VARARGS)) {
        too_many_positional(ts, func, f, nargs);
        return -1;
    }
    if (nargs < (size_t)argcount) {
        intptr_t ndef = func->defaults ? KR_TUPLE_SIZE(func->defaults) : 0;
        int first_default = argcount - (int)ndef;
        KrObject *missing[256];
        int nmissing = 0;
        for (int i = (int)nargs; i < first_default; i++) {
            if (!locals[i] && nmissing < 256) {
                missing[nmissing++] = varnames[i];
            }
        }
        if (nmissing) {
            missing_error(ts, func, missing, nmissing, false);
            return -1;
        }
        for (int i = first_default > (int)nargs ? first_default : (int)nargs; i < argcount; i++) {
            if (!locals[i]) {
                locals[i] = KR_INCREF(KR_TUPLE_GET(func->defaults, i - first_default));
            }
        }
    }
    if (kwonly) {
        KrObject *missing[256];
        int nmissing = 0;
        for (int i = argcount; i < total; i++) {
            if (locals[i]) {
                continue;
            }
            KrObject *def = func->kwdefaults ? kr_dict_get_item(ts, func->kwdefaults, varnames[i]) : NULL;
            if (def) {
                locals[i] = KR_INCREF(def);
            } else if (kr_err_occurred(ts)) {
                return -1;
            } else if (nmissing < 256) {
                missing[nmissing++] = varnames[i];
            }
        }
        if (nmissing) {
            missing_error(ts, func, missing, nmissing, true);
            return -1;
        }
    }
    return 0;
}

int kr_frame_init_cells(KrThread *ts, KrFrame *f, KrObject *closure) {
    KrCode *co = f->code;
    intptr_t ncellvars = KR_TUPLE_SIZE(co->cellvars);
    KrObject **cells = f->slots + co->nlocals;
    for (intptr_t i = 0; i < ncellvars; i++) {
        KrObject *init = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            init = f->slots[co->cell2arg[i]];
            f->slots[co->cell2arg[i]] = NULL;
        }
        cells[i] = kr_cell_new(ts, init);
        KR_XDECREF(ts, init);
        if (!cells[i]) {
            return -1;
        }
    }
    intptr_t nfree = KR_TUPLE_SIZE(co->freevars);
    for (intptr_t i = 0; i < nfree; i++) {
        cells[ncellvars + i] = KR_INCREF(KR_TUPLE_GET(closure, i));
    }
    return 0;
}

KrFrame *kr_frame_for_call(KrThread *ts, KrFunction *func, KrObject *self, KrObject *args, KrObject *kwargs) {
    intptr_t n = KR_TUPLE_SIZE(args);
    intptr_t nkw = kwargs ? kr_dict_size(kwargs) : 0;
    size_t count = (size_t)(n + nkw) + (self != NULL);
    // Positional arguments, then the keyword values (the vector call layout).
    KrObject *small[16];
    KrObject **argv = count <= 16 ? small : kr_mem_alloc(ts, sizeof(KrObject *) * count);
    KrObject *names = NULL;
    KrFrame *f = NULL;
    if (!argv) {
        return NULL;
    }
    size_t nargs = 0;
    if (self) {
        argv[nargs++] = self;
    }
    memcpy(argv + nargs, KR_TUPLE_ITEMS(args), sizeof(KrObject *) * (size_t)n);
    nargs += (size_t)n;
    if (nkw) {
        names = kr_tuple_new(ts, nkw);
        if (!names) {
            goto done;
        }
        intptr_t pos = 0, i = 0;
        KrObject *k, *v;
        while (kr_dict_next(kwargs, &pos, &k, &v)) {
            if (!kr_str_check(k)) {
                kr_err_set_str(ts, &kr_exc_TypeError, "keywords must be strings");
                goto done;
            }
            KR_TUPLE_SET(names, i, KR_INCREF(k));
            argv[nargs + (size_t)i++] = v;
        }
    }
    KrCode *co = func->code;
    f = kr_frame_new(ts, co, func, func->globals, func->builtins, NULL);
    if (f && (kr_frame_bind_args(ts, f, func, argv, nargs, names) < 0 ||
              (co->ncells && kr_frame_init_cells(ts, f, func->closure) < 0))) {
        kr_frame_free(ts, f);
        f = NULL;
    }
done:
    KR_XDECREF(ts, names);
    if (argv != small) {
        kr_mem_free(ts, argv);
    }
    return f;
}

KrObject *kr_frame_globals_borrow(KrThread *ts) {
    return ts->frame ? ts->frame->globals : NULL;
}
