// SPDX-License-Identifier: MIT
// The warnings machinery, as CPython's Python/_warnings.c: filters, registries, display.
#include "warn.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "frame.h"

// ---- state: the interpreter's, or the `warnings` module's once imported --------------

int kr_warn_init(KrThread *ts) {
    KrVM *vm = ts->vm;
    static const struct {
        const char *action;
        KrType *category;
        const char *module;
    } defaults[] = {
        {"default", &kr_exc_DeprecationWarning, "__main__"}, {"ignore", &kr_exc_DeprecationWarning, NULL},
        {"ignore", &kr_exc_PendingDeprecationWarning, NULL}, {"ignore", &kr_exc_ImportWarning, NULL},
        {"ignore", &kr_exc_ResourceWarning, NULL},
    };
    vm->warn_filters = kr_list_new(ts, 0);
    vm->warn_once = kr_dict_new(ts);
    vm->warn_default_action = kr_str_from_cstr(ts, "default");
    if (!vm->warn_filters || !vm->warn_once || !vm->warn_default_action) {
        return -1;
    }
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
        KrObject *action = kr_str_intern_cstr(ts, defaults[i].action);
        KrObject *module = defaults[i].module ? kr_str_from_cstr(ts, defaults[i].module) : KR_INCREF(KR_NONE);
        KrObject *zero = kr_int_from_i64(ts, 0);
        KrObject *item = action && module && zero
                             ? kr_tuple_pack(ts, 5, action, KR_NONE, (KrObject *)defaults[i].category, module, zero)
                             : NULL;
        KR_XDECREF(ts, action);
        KR_XDECREF(ts, module);
        KR_XDECREF(ts, zero);
        int rc = item ? kr_list_append(ts, vm->warn_filters, item) : -1;
        KR_XDECREF(ts, item);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

void kr_warn_fini(KrThread *ts) {
    KR_CLEAR(ts, ts->vm->warn_filters);
    KR_CLEAR(ts, ts->vm->warn_once);
    KR_CLEAR(ts, ts->vm->warn_default_action);
}

// The `warnings` module if it has been imported (borrowed), else NULL.
static KrObject *warnings_module(KrThread *ts) {
    KrObject *modules = ts->vm->modules;
    KrObject *m = modules ? kr_dict_get_item_str(ts, modules, "warnings") : NULL;
    kr_err_clear(ts);
    return m == KR_NONE ? NULL : m;
}

// warnings.<attr> when the module is imported (it may have been rebound
// there), else the interpreter's own object. New reference; NULL + error.
static KrObject *warnings_state(KrThread *ts, const char *attr, KrObject *fallback) {
    KrObject *m = warnings_module(ts);
    if (m) {
        KrObject *v = kr_getattr_cstr(ts, m, attr);
        if (v) {
            return v;
        }
        if (!kr_err_matches(ts, &kr_exc_AttributeError)) {
            return NULL;
        }
        kr_err_clear(ts);
    }
    return KR_INCREF(fallback);
}

static KrObject *get_filters(KrThread *ts) {
    KrObject *f = warnings_state(ts, "filters", ts->vm->warn_filters);
    if (f && !kr_list_check(f)) {
        KR_DECREF(ts, f);
        kr_err_set_str(ts, &kr_exc_ValueError, "_warnings.filters must be a list");
        return NULL;
    }
    return f;
}

static KrObject *get_once_registry(KrThread *ts) {
    KrObject *r = warnings_state(ts, "onceregistry", ts->vm->warn_once);
    if (r && !kr_dict_check(r)) {
        kr_err_format(ts, &kr_exc_TypeError, "_warnings.onceregistry must be a dict, not '%T'", r);
        KR_DECREF(ts, r);
        return NULL;
    }
    return r;
}

static KrObject *get_default_action(KrThread *ts) {
    KrObject *a = warnings_state(ts, "defaultaction", ts->vm->warn_default_action);
    if (a && !kr_str_check(a)) {
        kr_err_format(ts, &kr_exc_TypeError, "_warnings.defaultaction must be a string, not '%T'", a);
        KR_DECREF(ts, a);
        return NULL;
    }
    return a;
}

// ---- filters and registries -------------------------------------------------------------

// A filter's message or module part: None matches anything, a plain str must be
// equal, anything else is a compiled regex whose match() decides.
static int check_matched(KrThread *ts, KrObject *pattern, KrObject *text) {
    if (pattern == KR_NONE) {
        return 1;
    }
    if (KR_TYPE(pattern) == &kr_str_type) {
        return kr_str_check(text) && kr_str_equal(pattern, text);
    }
    KrObject *match = kr_str_intern_literal(ts, "match");
    KrObject *r = match ? kr_call_method(ts, pattern, match, &text, 1) : NULL;
    KR_XDECREF(ts, match);
    if (!r) {
        return -1;
    }
    int ok = kr_is_true(ts, r);
    KR_DECREF(ts, r);
    return ok;
}

// The action of the first filter matching the warning, and that filter in
// *item (None for the default action): new references.
static KrObject *get_filter(KrThread *ts, KrObject *category, KrObject *text, int lineno, KrObject *module,
                            KrObject **item) {
    KrObject *filters = get_filters(ts);
    if (!filters) {
        return NULL;
    }
    for (intptr_t i = 0; i < KR_LIST_SIZE(filters); i++) {
        KrObject *f = KR_LIST_ITEMS(filters)[i];
        if (!kr_tuple_check(f) || KR_TUPLE_SIZE(f) != 5) {
            kr_err_format(ts, &kr_exc_ValueError, "_warnings.filters item %zd isn't a 5-tuple", (size_t)i);
            KR_DECREF(ts, filters);
            return NULL;
        }
        KR_INCREF(f); // a match() call may mutate the list
        KrObject *action = KR_TUPLE_GET(f, 0);
        if (!kr_str_check(action)) {
            kr_err_format(ts, &kr_exc_TypeError, "action must be a string, not '%T'", action);
            goto error;
        }
        int good_msg = check_matched(ts, KR_TUPLE_GET(f, 1), text);
        if (good_msg < 0) {
            goto error;
        }
        int good_mod = check_matched(ts, KR_TUPLE_GET(f, 3), module);
        if (good_mod < 0) {
            goto error;
        }
        int is_subclass = kr_issubclass(ts, category, KR_TUPLE_GET(f, 2));
        if (is_subclass < 0) {
            goto error;
        }
        intptr_t ln = kr_int_as_ssize(ts, KR_TUPLE_GET(f, 4));
        if (ln == -1 && kr_err_occurred(ts)) {
            goto error;
        }
        if (good_msg && is_subclass && good_mod && (ln == 0 || lineno == ln)) {
            *item = f; // our reference goes to the caller
            KR_DECREF(ts, filters);
            return KR_INCREF(action);
        }
        KR_DECREF(ts, f);
        continue;
    error:
        KR_DECREF(ts, f);
        KR_DECREF(ts, filters);
        return NULL;
    }
    KR_DECREF(ts, filters);
    *item = KR_INCREF(KR_NONE);
    return get_default_action(ts);
}

// Has `key` been recorded in the registry since the filters last changed?
// The registry forgets everything when its 'version' is stale.
static int already_warned(KrThread *ts, KrObject *registry, KrObject *key, bool should_set) {
    if (!registry || registry == KR_NONE) {
        return 0;
    }
    KrObject *version = kr_int_from_i64(ts, ts->vm->warn_filters_version);
    if (!version) {
        return -1;
    }
    KrObject *seen = kr_dict_get_item_str(ts, registry, "version");
    if (!seen && kr_err_occurred(ts)) {
        KR_DECREF(ts, version);
        return -1;
    }
    int same = seen ? kr_compare_bool(ts, seen, version, KR_EQ) : 0;
    if (same < 0) {
        KR_DECREF(ts, version);
        return -1;
    }
    if (!same) {
        kr_dict_clear(ts, registry);
        if (kr_dict_set_item_str(ts, registry, "version", version) < 0) {
            KR_DECREF(ts, version);
            return -1;
        }
    } else {
        KrObject *v = kr_dict_get_item(ts, registry, key);
        if (!v && kr_err_occurred(ts)) {
            KR_DECREF(ts, version);
            return -1;
        }
        int warned = v ? kr_is_true(ts, v) : 0;
        if (warned) {
            KR_DECREF(ts, version);
            return warned;
        }
    }
    KR_DECREF(ts, version);
    return should_set ? (kr_dict_set_item(ts, registry, key, KR_TRUE) < 0 ? -1 : 0) : 0;
}

static int update_registry(KrThread *ts, KrObject *registry, KrObject *text, KrObject *category, bool add_zero) {
    KrObject *zero = add_zero ? kr_int_from_i64(ts, 0) : NULL;
    KrObject *key = add_zero ? (zero ? kr_tuple_pack(ts, 3, text, category, zero) : NULL)
                             : kr_tuple_pack(ts, 2, text, category);
    KR_XDECREF(ts, zero);
    if (!key) {
        return -1;
    }
    int rc = already_warned(ts, registry, key, true);
    KR_DECREF(ts, key);
    return rc;
}

// ---- display ---------------------------------------------------------------------------

static void write_cstr(KrThread *ts, const char *s) {
    kr_vm_write(ts->vm, 2, s, strlen(s));
}

static void write_str(KrThread *ts, KrObject *s) {
    size_t n;
    const char *u = kr_str_utf8(ts, s, &n);
    if (u) {
        kr_vm_write(ts->vm, 2, u, n);
    } else {
        kr_err_clear(ts);
    }
}

// "file:line: Category: text" and the source line, when `warnings` is not
// imported (or has no _showwarnmsg).
static void show_warning(KrThread *ts, KrObject *filename, int lineno, KrObject *text, KrObject *category,
                         KrObject *source) {
    char num[24];
    snprintf(num, sizeof num, ":%d: ", lineno);
    write_str(ts, filename);
    write_cstr(ts, num);
    write_cstr(ts, kr_type_is_subtype(KR_TYPE(category), &kr_type_type) ? ((KrType *)category)->name : "?");
    write_cstr(ts, ": ");
    write_str(ts, text);
    write_cstr(ts, "\n");
    size_t n;
    const char *path = kr_str_utf8(ts, filename, &n);
    char *line = path && path[0] != '<' ? kr_port_read_line(path, lineno) : NULL;
    kr_err_clear(ts);
    if (line) {
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\f') {
            p++;
        }
        size_t len = strlen(p);
        while (len && (p[len - 1] == '\n' || p[len - 1] == '\r')) {
            len--;
        }
        write_cstr(ts, "  ");
        kr_vm_write(ts->vm, 2, p, len);
        write_cstr(ts, "\n");
        kr_port_free(line);
    }
    // Lib/warnings.py's display, which CPython always uses, ends a warning
    // about an object (an unawaited coroutine) with this advice.
    if (source && source != KR_NONE) {
        write_cstr(ts, ((KrType *)category)->name);
        write_cstr(ts, ": Enable tracemalloc to get the object allocation traceback\n");
    }
}

static int call_show_warning(KrThread *ts, KrObject *category, KrObject *text, KrObject *message, KrObject *filename,
                             int lineno, KrObject *source) {
    KrObject *m = warnings_module(ts);
    KrObject *show = m ? kr_getattr_cstr(ts, m, "_showwarnmsg") : NULL;
    if (!show) {
        kr_err_clear(ts);
        kr_vm_flush(ts->vm, 1);
        show_warning(ts, filename, lineno, text, category, source);
        return 0;
    }
    if (!kr_callable(show)) {
        KR_DECREF(ts, show);
        kr_err_set_str(ts, &kr_exc_TypeError, "warnings._showwarnmsg() must be set to a callable");
        return -1;
    }
    KrObject *cls = kr_getattr_cstr(ts, m, "WarningMessage");
    if (!cls) {
        KR_DECREF(ts, show);
        kr_err_clear(ts);
        kr_err_set_str(ts, &kr_exc_RuntimeError, "unable to get warnings.WarningMessage");
        return -1;
    }
    KrObject *ln = kr_int_from_i64(ts, lineno);
    KrObject *args[7] = {message, category, filename, ln, KR_NONE, KR_NONE, source ? source : KR_NONE};
    KrObject *msg = ln ? kr_call(ts, cls, args, 7, NULL) : NULL;
    KR_XDECREF(ts, ln);
    KR_DECREF(ts, cls);
    KrObject *r = msg ? kr_call1(ts, show, msg) : NULL;
    KR_XDECREF(ts, msg);
    KR_DECREF(ts, show);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

// ---- warn_explicit and warn --------------------------------------------------------------

// "foo.py" -> "foo", as CPython names a module from a file when none is given.
static KrObject *normalize_module(KrThread *ts, KrObject *filename) {
    size_t n;
    const char *s = kr_str_utf8(ts, filename, &n);
    if (!s) {
        return NULL;
    }
    if (n == 0) {
        return kr_str_from_cstr(ts, "<unknown>");
    }
    if (n >= 3 && strcmp(s + n - 3, ".py") == 0) {
        return kr_str_from_utf8(ts, s, n - 3);
    }
    return KR_INCREF(filename);
}

int kr_warn_explicit_object(KrThread *ts, KrObject *category, KrObject *message, KrObject *filename, int lineno,
                            KrObject *module, KrObject *registry, KrObject *source) {
    KrObject *text = NULL, *key = NULL, *action = NULL, *lineno_obj = NULL, *item = NULL;
    int result = -1;
    // An explicit module=None silences the warning (it means "shutting down").
    if (module == KR_NONE) {
        return 0;
    }
    if (registry == KR_NONE) {
        registry = NULL;
    }
    if (registry && !kr_dict_check(registry)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "'registry' must be a dict or None");
        return -1;
    }
    module = module ? KR_INCREF(module) : normalize_module(ts, filename);
    if (!module) {
        return -1;
    }
    KR_INCREF(message);
    KR_INCREF(category);
    if (kr_isinstance_type(message, &kr_exc_Warning)) {
        text = kr_str(ts, message);
        KR_DECREF(ts, category);
        category = KR_INCREF(KR_TYPE(message));
    } else {
        text = KR_INCREF(message);
        KrObject *inst = kr_call1(ts, category, message);
        KR_DECREF(ts, message);
        message = inst;
    }
    lineno_obj = kr_int_from_i64(ts, lineno);
    if (!text || !message || !lineno_obj) {
        goto done;
    }
    key = kr_tuple_pack(ts, 3, text, category, lineno_obj);
    if (!key) {
        goto done;
    }
    int warned = already_warned(ts, registry, key, false);
    if (warned != 0) {
        result = warned < 0 ? -1 : 0;
        goto done;
    }
    action = get_filter(ts, category, text, lineno, module, &item);
    if (!action) {
        goto done;
    }
    if (kr_str_equal_cstr(action, "error")) {
        kr_err_set_object(ts, KR_INCREF(message));
        goto done;
    }
    if (kr_str_equal_cstr(action, "ignore")) {
        result = 0;
        goto done;
    }
    int rc = 0;
    if (!kr_str_equal_cstr(action, "always")) {
        if (registry && kr_dict_set_item(ts, registry, key, KR_TRUE) < 0) {
            goto done;
        }
        if (kr_str_equal_cstr(action, "once")) {
            KrObject *once = registry ? KR_INCREF(registry) : get_once_registry(ts);
            rc = once ? update_registry(ts, once, text, category, false) : -1;
            KR_XDECREF(ts, once);
        } else if (kr_str_equal_cstr(action, "module")) {
            rc = registry ? update_registry(ts, registry, text, category, true) : 0;
        } else if (!kr_str_equal_cstr(action, "default")) {
            kr_err_format(ts, &kr_exc_RuntimeError, "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
            goto done;
        }
    }
    if (rc == 0) {
        rc = call_show_warning(ts, category, text, message, filename, lineno, source);
    }
    result = rc < 0 ? -1 : 0;
done:
    KR_XDECREF(ts, text);
    KR_XDECREF(ts, key);
    KR_XDECREF(ts, action);
    KR_XDECREF(ts, item);
    KR_XDECREF(ts, lineno_obj);
    KR_XDECREF(ts, message);
    KR_DECREF(ts, category);
    KR_DECREF(ts, module);
    return result;
}

// The frame `stacklevel` levels up and what warn() takes from it: its
// globals' registry and __name__, its file and line (sys, line 1 when the
// stack is not that deep, as CPython).
static int setup_context(KrThread *ts, intptr_t stacklevel, KrObject **filename, int *lineno, KrObject **module,
                         KrObject **registry) {
    KrFrame *f = ts->frame;
    while (--stacklevel > 0 && f) {
        f = f->back;
    }
    KrObject *globals;
    if (!f) {
        globals = ts->vm->sys_dict;
        *filename = kr_str_from_cstr(ts, "sys");
        *lineno = 1;
    } else {
        globals = f->globals;
        *filename = KR_INCREF(f->code->filename);
        *lineno = kr_code_line(f->code, f->lasti);
    }
    if (!*filename) {
        return -1;
    }
    KrObject *reg = kr_dict_get_item_str(ts, globals, "__warningregistry__");
    if (!reg) {
        if (kr_err_occurred(ts) || !(reg = kr_dict_new(ts))) {
            goto error;
        }
        if (kr_dict_set_item_str(ts, globals, "__warningregistry__", reg) < 0) {
            KR_DECREF(ts, reg);
            goto error;
        }
        *registry = reg;
    } else {
        *registry = KR_INCREF(reg);
    }
    KrObject *name = kr_dict_get_item(ts, globals, KR_ID(ts, __name__));
    *module = name && kr_str_check(name) ? KR_INCREF(name) : kr_str_from_cstr(ts, "<string>");
    if (!*module) {
        KR_CLEAR(ts, *registry);
        goto error;
    }
    return 0;
error:
    KR_CLEAR(ts, *filename);
    return -1;
}

int kr_warn_object(KrThread *ts, KrObject *category, KrObject *message, intptr_t stacklevel, KrObject *source) {
    if (kr_isinstance_type(message, &kr_exc_Warning)) {
        category = (KrObject *)KR_TYPE(message);
    } else if (!category || category == KR_NONE) {
        category = (KrObject *)&kr_exc_UserWarning;
    } else if (!kr_type_is_subtype(KR_TYPE(category), &kr_type_type) ||
               !kr_type_is_subtype((KrType *)category, &kr_exc_Warning)) {
        kr_err_format(ts, &kr_exc_TypeError, "category must be a Warning subclass, not '%T'", category);
        return -1;
    }
    KrObject *filename, *module, *registry;
    int lineno;
    if (setup_context(ts, stacklevel, &filename, &lineno, &module, &registry) < 0) {
        return -1;
    }
    int rc = kr_warn_explicit_object(ts, category, message, filename, lineno, module, registry, source);
    KR_DECREF(ts, filename);
    KR_DECREF(ts, module);
    KR_DECREF(ts, registry);
    return rc;
}

int kr_warn_format(KrThread *ts, KrType *category, intptr_t stacklevel, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_vformat(ts, fmt, ap);
    va_end(ap);
    if (!msg) {
        return -1;
    }
    int rc = kr_warn_object(ts, (KrObject *)category, msg, stacklevel, NULL);
    KR_DECREF(ts, msg);
    return rc;
}

int kr_warn_explicit(KrThread *ts, KrType *category, KrObject *message, KrObject *filename, int lineno) {
    return kr_warn_explicit_object(ts, (KrObject *)category, message, filename, lineno, NULL, NULL, NULL);
}
