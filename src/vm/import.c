// SPDX-License-Identifier: MIT
// The import algorithm (importlib._bootstrap's, in C) and the import state in sys.
#include "import.h"

#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "pyc.h"

// getattr(o, name, None) for a C string name: NULL with no exception when missing.
static KrObject *attr_opt(KrThread *ts, KrObject *o, const char *name) {
    KrObject *s = kr_str_intern_cstr(ts, name);
    KrObject *r = s ? kr_getattr_opt(ts, o, s) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

static int set_attr(KrThread *ts, KrObject *o, const char *name, KrObject *v) {
    KrObject *s = kr_str_intern_cstr(ts, name);
    int rc = s ? kr_setattr(ts, o, s, v) : -1;
    KR_XDECREF(ts, s);
    return rc;
}

static KrObject *modules_dict(KrThread *ts) {
    KrObject *m = ts->vm->modules;
    if (!m) {
        kr_err_set_str(ts, &kr_exc_ImportError, "sys.modules is missing");
    }
    return m;
}

static void raise_msg(KrThread *ts, KrType *type, KrObject *name, KrObject *path, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_vformat(ts, fmt, ap);
    va_end(ap);
    if (msg) {
        kr_import_error(ts, type, msg, name, path);
        KR_DECREF(ts, msg);
    }
}

// Index of the last '.' in s, or -1.
static intptr_t last_dot(KrThread *ts, KrObject *s) {
    KrObject *dot = kr_str_from_codepoint(ts, '.');
    intptr_t i = dot ? kr_str_find(s, dot, 0, KR_STR_LEN(s), true) : -1;
    KR_XDECREF(ts, dot);
    return i;
}

static intptr_t first_dot(KrThread *ts, KrObject *s) {
    KrObject *dot = kr_str_from_codepoint(ts, '.');
    intptr_t i = dot ? kr_str_find(s, dot, 0, KR_STR_LEN(s), false) : -1;
    KR_XDECREF(ts, dot);
    return i;
}

// ---- finding and loading --------------------------------------------------------------

// Asks each finder on sys.meta_path; None when none finds it.
static KrObject *find_spec(KrThread *ts, KrObject *name, KrObject *path) {
    KrObject *meta = kr_dict_get_item_str(ts, ts->vm->sys_dict, "meta_path");
    if (!meta || meta == KR_NONE) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
        }
        return NULL;
    }
    KrObject *finders = kr_list_from_iterable(ts, meta);
    if (!finders) {
        return NULL;
    }
    int is_reload = kr_dict_contains(ts, ts->vm->modules, name);
    KrObject *spec = is_reload < 0 ? NULL : KR_NONE;
    for (intptr_t i = 0; spec == KR_NONE && i < KR_LIST_SIZE(finders); i++) {
        KrObject *fs = attr_opt(ts, KR_LIST_ITEMS(finders)[i], "find_spec");
        if (!fs) {
            spec = kr_err_occurred(ts) ? NULL : KR_NONE;
            continue;
        }
        KrObject *args[3] = {name, path ? path : KR_NONE, KR_NONE};
        spec = kr_call(ts, fs, args, 3, NULL);
        KR_DECREF(ts, fs);
    }
    KR_DECREF(ts, finders);
    if (spec && spec != KR_NONE && !is_reload) {
        // The finder may have imported the module itself (as a side effect).
        KrObject *m = kr_dict_get_item(ts, ts->vm->modules, name);
        KrObject *mspec = m ? attr_opt(ts, m, "__spec__") : NULL;
        if (mspec && mspec != KR_NONE) {
            KR_DECREF(ts, spec);
            return mspec;
        }
        KR_XDECREF(ts, mspec);
    }
    return spec;
}

// Sets module attributes from the spec, keeping any already set (importlib's _init_module_attrs).
static int init_module_attrs(KrThread *ts, KrObject *spec, KrObject *module) {
    static const char *const fields[] = {"name", "loader", "parent", "submodule_search_locations", "origin",
                                         "cached", "has_location"};
    KrObject *v[7] = {NULL};
    int rc = -1;
    for (int i = 0; i < 7; i++) {
        v[i] = attr_opt(ts, spec, fields[i]);
        if (!v[i]) {
            if (kr_err_occurred(ts)) {
                goto done;
            }
            v[i] = KR_NONE;
        }
    }
    static const char *const attrs[] = {"__name__", "__loader__", "__package__", "__path__"};
    for (int i = 0; i < 4; i++) {
        if (i == 3 && v[3] == KR_NONE) {
            continue;
        }
        KrObject *cur = attr_opt(ts, module, attrs[i]);
        if (!cur && kr_err_occurred(ts)) {
            goto done;
        }
        bool unset = !cur || cur == KR_NONE;
        KR_XDECREF(ts, cur);
        if (unset && set_attr(ts, module, attrs[i], v[i]) < 0) {
            goto done;
        }
    }
    if (set_attr(ts, module, "__spec__", spec) < 0) {
        goto done;
    }
    int has_location = kr_is_true(ts, v[6]);
    if (has_location < 0) {
        goto done;
    }
    if (has_location) {
        if (set_attr(ts, module, "__file__", v[4]) < 0 ||
            (v[5] != KR_NONE && set_attr(ts, module, "__cached__", v[5]) < 0)) {
            goto done;
        }
    } else if (v[4] == KR_NONE && v[3] != KR_NONE && set_attr(ts, module, "__file__", KR_NONE) < 0) {
        goto done; // a namespace package: __file__ is None, as in 3.11
    }
    rc = 0;
done:
    for (int i = 0; i < 7; i++) {
        KR_XDECREF(ts, v[i]);
    }
    return rc;
}

// Creates the module from its spec, registers it in sys.modules and runs it
// (importlib's _load_unlocked). A failed module is removed from sys.modules.
static KrObject *load(KrThread *ts, KrObject *spec, KrObject *name) {
    KrObject *modules = ts->vm->modules;
    KrObject *loader = attr_opt(ts, spec, "loader");
    KrObject *module = NULL, *exec = NULL, *r;
    if (!loader && kr_err_occurred(ts)) {
        return NULL;
    }
    if (loader && loader != KR_NONE) {
        KrObject *create = attr_opt(ts, loader, "create_module");
        exec = attr_opt(ts, loader, "exec_module");
        if (!exec) {
            if (!kr_err_occurred(ts)) {
                raise_msg(ts, &kr_exc_ImportError, name, NULL, "loader for %U has no exec_module()", name);
            }
            KR_XDECREF(ts, create);
            goto error;
        }
        if (create) {
            module = kr_call1(ts, create, spec);
            KR_DECREF(ts, create);
            if (!module) {
                goto error;
            }
            if (module == KR_NONE) {
                module = NULL;
            }
        } else if (kr_err_occurred(ts)) {
            goto error;
        }
    }
    if (!module && !(module = kr_module_new(ts, name))) {
        goto error;
    }
    if (init_module_attrs(ts, spec, module) < 0 || set_attr(ts, spec, "_initializing", KR_TRUE) < 0 ||
        kr_dict_set_item(ts, modules, name, module) < 0) {
        goto error;
    }
    if (exec) {
        r = kr_call1(ts, exec, module);
        if (!r) {
            KrObject *saved = kr_err_fetch(ts);
            kr_dict_pop_item(ts, modules, name, NULL);
            kr_err_clear(ts);
            kr_err_restore(ts, saved);
            set_attr(ts, spec, "_initializing", KR_FALSE);
            goto error;
        }
        KR_DECREF(ts, r);
    }
    // The module may have replaced itself in sys.modules while running.
    KrObject *final = kr_dict_get_item(ts, modules, name);
    if (!final) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_ImportError, "Loaded module %R not found in sys.modules", name);
        }
        goto error;
    }
    KR_SETREF(ts, module, KR_INCREF(final));
    if (set_attr(ts, spec, "_initializing", KR_FALSE) < 0) {
        goto error;
    }
    KR_XDECREF(ts, loader);
    KR_XDECREF(ts, exec);
    return module;
error:
    KR_XDECREF(ts, module);
    KR_XDECREF(ts, loader);
    KR_XDECREF(ts, exec);
    return NULL;
}

static KrObject *gcd_import(KrThread *ts, KrObject *name);

KrObject *kr_import_find_spec(KrThread *ts, KrObject *name) {
    KrObject *m = kr_dict_get_item(ts, ts->vm->modules, name);
    if (m && m != KR_NONE) {
        KrObject *spec = attr_opt(ts, m, "__spec__");
        return spec || kr_err_occurred(ts) ? spec : KR_NONE;
    }
    intptr_t dot = last_dot(ts, name);
    KrObject *path = NULL;
    if (dot > 0) {
        KrObject *parent = kr_str_substr(ts, name, 0, dot);
        KrObject *pm = parent ? gcd_import(ts, parent) : NULL;
        path = pm ? attr_opt(ts, pm, "__path__") : NULL;
        if (pm && !path && !kr_err_occurred(ts)) {
            raise_msg(ts, &kr_exc_ModuleNotFoundError, name, NULL,
                      "__path__ attribute not found on %R while trying to find %R", parent, name);
        }
        KR_XDECREF(ts, pm);
        KR_XDECREF(ts, parent);
        if (!path) {
            return NULL;
        }
    }
    KrObject *spec = find_spec(ts, name, path);
    KR_XDECREF(ts, path);
    return spec;
}

// importlib's _find_and_load: parent package first, then the module itself.
static KrObject *find_and_load(KrThread *ts, KrObject *name) {
    KrObject *modules = ts->vm->modules;
    KrObject *parent = NULL, *parent_module = NULL, *path = NULL, *child = NULL, *module = NULL, *spec = NULL;
    intptr_t dot = last_dot(ts, name);
    if (dot > 0) {
        parent = kr_str_substr(ts, name, 0, dot);
        child = parent ? kr_str_substr(ts, name, dot + 1, KR_STR_LEN(name)) : NULL;
        if (!child) {
            goto done;
        }
        KrObject *pm = kr_dict_get_item(ts, modules, parent);
        if (!pm) {
            if (kr_err_occurred(ts) || !(pm = gcd_import(ts, parent))) {
                goto done;
            }
            KR_DECREF(ts, pm);
        }
        // Importing the parent may have imported this module too.
        KrObject *m = kr_dict_get_item(ts, modules, name);
        if (m) {
            module = KR_INCREF(m);
            goto done;
        }
        parent_module = kr_dict_get_item(ts, modules, parent);
        if (!parent_module) {
            if (!kr_err_occurred(ts)) {
                raise_msg(ts, &kr_exc_ModuleNotFoundError, name, NULL, "No module named %R", name);
            }
            goto done;
        }
        KR_INCREF(parent_module);
        path = attr_opt(ts, parent_module, "__path__");
        if (!path) {
            if (!kr_err_occurred(ts)) {
                raise_msg(ts, &kr_exc_ModuleNotFoundError, name, NULL, "No module named %R; %R is not a package",
                          name, parent);
            }
            goto done;
        }
    }
    spec = find_spec(ts, name, path);
    if (!spec) {
        goto done;
    }
    if (spec == KR_NONE) {
        raise_msg(ts, &kr_exc_ModuleNotFoundError, name, NULL, "No module named %R", name);
        goto done;
    }
    module = load(ts, spec, name);
    if (module && parent_module && kr_setattr(ts, parent_module, child, module) < 0) {
        kr_err_clear(ts); // CPython only warns when the parent refuses the attribute
    }
done:
    KR_XDECREF(ts, parent);
    KR_XDECREF(ts, child);
    KR_XDECREF(ts, parent_module);
    KR_XDECREF(ts, path);
    KR_XDECREF(ts, spec);
    return module;
}

// The module called `name` (absolute), importing it if sys.modules lacks it.
static KrObject *gcd_import(KrThread *ts, KrObject *name) {
    KrObject *modules = modules_dict(ts);
    if (!modules) {
        return NULL;
    }
    KrObject *m = kr_dict_get_item(ts, modules, name);
    if (m == KR_NONE) {
        raise_msg(ts, &kr_exc_ModuleNotFoundError, name, NULL, "import of %U halted; None in sys.modules", name);
        return NULL;
    }
    if (m) {
        return KR_INCREF(m);
    }
    if (kr_err_occurred(ts)) {
        return NULL;
    }
    if (kr_enter_recursive(ts, " while importing") < 0) {
        return NULL;
    }
    m = find_and_load(ts, name);
    kr_leave_recursive(ts);
    return m;
}

KrObject *kr_import_module(KrThread *ts, const char *name) {
    KrObject *s = kr_str_from_cstr(ts, name);
    if (!s) {
        return NULL;
    }
    KrObject *m = gcd_import(ts, s);
    KR_DECREF(ts, s);
    return m;
}

// ---- __import__ ----------------------------------------------------------------------

// The package a relative import is relative to (importlib's _calc___package__).
static KrObject *calc_package(KrThread *ts, KrObject *globals) {
    KrObject *package = kr_dict_get_item_str(ts, globals, "__package__");
    if (package && package != KR_NONE) {
        if (!kr_str_check(package)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "package must be a string");
            return NULL;
        }
        return KR_INCREF(package);
    }
    KrObject *spec = kr_dict_get_item_str(ts, globals, "__spec__");
    if (spec && spec != KR_NONE) {
        KrObject *parent = attr_opt(ts, spec, "parent");
        if (parent && !kr_str_check(parent)) {
            KR_DECREF(ts, parent);
            kr_err_set_str(ts, &kr_exc_TypeError, "__spec__.parent must be a string");
            return NULL;
        }
        if (parent || kr_err_occurred(ts)) {
            return parent;
        }
    }
    KrObject *name = kr_dict_get_item(ts, globals, KR_ID(ts, __name__));
    if (!name) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_KeyError, "'__name__' not in globals");
        }
        return NULL;
    }
    if (!kr_str_check(name)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "__name__ must be a string");
        return NULL;
    }
    if (kr_dict_get_item_str(ts, globals, "__path__")) {
        return KR_INCREF(name);
    }
    intptr_t dot = last_dot(ts, name);
    return dot < 0 ? kr_str_empty(ts) : kr_str_substr(ts, name, 0, dot);
}

// The absolute name for `from <level dots><name> import ...`.
static KrObject *resolve_name(KrThread *ts, KrObject *name, KrObject *globals, int level) {
    if (!globals || !kr_dict_check(globals)) {
        kr_err_set_str(ts, globals ? &kr_exc_TypeError : &kr_exc_KeyError,
                       globals ? "globals must be a dict" : "'__name__' not in globals");
        return NULL;
    }
    KrObject *package = calc_package(ts, globals);
    if (!package) {
        return NULL;
    }
    if (KR_STR_LEN(package) == 0) {
        KR_DECREF(ts, package);
        kr_err_set_str(ts, &kr_exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    // Drop level-1 trailing components.
    intptr_t end = KR_STR_LEN(package);
    for (int i = 1; i < level; i++) {
        KrObject *dot = kr_str_from_codepoint(ts, '.');
        intptr_t d = dot ? kr_str_find(package, dot, 0, end, true) : -1;
        KR_XDECREF(ts, dot);
        if (d < 0) {
            KR_DECREF(ts, package);
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_ImportError, "attempted relative import beyond top-level package");
            }
            return NULL;
        }
        end = d;
    }
    KrObject *base = kr_str_substr(ts, package, 0, end);
    KR_DECREF(ts, package);
    if (!base || KR_STR_LEN(name) == 0) {
        return base;
    }
    KrObject *r = kr_str_from_format(ts, "%U.%U", base, name);
    KR_DECREF(ts, base);
    return r;
}

// Imports the submodules a `from package import a, b` names when the package
// lacks those attributes (importlib's _handle_fromlist).
static int handle_fromlist(KrThread *ts, KrObject *module, KrObject *fromlist, bool recursive) {
    KrObject *items = kr_list_from_iterable(ts, fromlist);
    if (!items) {
        return -1;
    }
    int rc = 0;
    KrObject *mname = NULL;
    for (intptr_t i = 0; i < KR_LIST_SIZE(items) && rc == 0; i++) {
        KrObject *x = KR_LIST_ITEMS(items)[i];
        if (!kr_str_check(x)) {
            KrObject *n = recursive ? attr_opt(ts, module, "__name__") : NULL;
            if (recursive) {
                kr_err_format(ts, &kr_exc_TypeError, "Item in %S.__all__ must be str, not %T", n ? n : KR_NONE, x);
            } else {
                kr_err_format(ts, &kr_exc_TypeError, "Item in ``from list'' must be str, not %T", x);
            }
            KR_XDECREF(ts, n);
            rc = -1;
            break;
        }
        if (kr_str_equal_cstr(x, "*")) {
            if (!recursive) {
                KrObject *all = attr_opt(ts, module, "__all__");
                if (all) {
                    rc = handle_fromlist(ts, module, all, true);
                    KR_DECREF(ts, all);
                } else if (kr_err_occurred(ts)) {
                    rc = -1;
                }
            }
            continue;
        }
        KrObject *have = kr_getattr_opt(ts, module, x);
        if (have || kr_err_occurred(ts)) {
            KR_XDECREF(ts, have);
            rc = have ? 0 : -1;
            continue;
        }
        if (!mname && !(mname = kr_getattr(ts, module, KR_ID(ts, __name__)))) {
            rc = -1;
            break;
        }
        KrObject *from_name = kr_str_from_format(ts, "%S.%U", mname, x);
        KrObject *sub = from_name ? gcd_import(ts, from_name) : NULL;
        if (sub) {
            KR_DECREF(ts, sub);
        } else if (from_name && kr_err_matches(ts, &kr_exc_ModuleNotFoundError)) {
            // A missing submodule is not an error here: IMPORT_FROM reports the missing name.
            KrObject *exc = kr_err_fetch(ts);
            KrObject *ename = attr_opt(ts, exc, "name");
            KrObject *inmods = kr_dict_get_item(ts, ts->vm->modules, from_name);
            bool ignore = ename && kr_str_check(ename) && kr_str_equal(ename, from_name) && inmods != KR_NONE;
            KR_XDECREF(ts, ename);
            if (ignore) {
                kr_err_clear(ts);
                KR_DECREF(ts, exc);
            } else {
                kr_err_clear(ts);
                kr_err_restore(ts, exc);
                rc = -1;
            }
        } else {
            rc = -1;
        }
        KR_XDECREF(ts, from_name);
    }
    KR_XDECREF(ts, mname);
    KR_DECREF(ts, items);
    return rc;
}

KrObject *kr_import_module_level(KrThread *ts, KrObject *name, KrObject *globals, KrObject *fromlist, int level) {
    if (!kr_str_check(name)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "level must be >= 0");
        return NULL;
    }
    KrObject *abs;
    if (level > 0) {
        abs = resolve_name(ts, name, globals, level);
    } else if (KR_STR_LEN(name) == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Empty module name");
        return NULL;
    } else {
        abs = KR_INCREF(name);
    }
    if (!abs) {
        return NULL;
    }
    KrObject *module = gcd_import(ts, abs);
    KrObject *result = NULL;
    if (!module) {
        goto done;
    }
    int has_from = fromlist && fromlist != KR_NONE ? kr_is_true(ts, fromlist) : 0;
    if (has_from < 0) {
        goto done;
    }
    if (!has_from) {
        // `import a.b.c` binds the top-level package a.
        intptr_t dot = first_dot(ts, name);
        if (level == 0 && dot > 0) {
            KrObject *front = kr_str_substr(ts, name, 0, dot);
            result = front ? gcd_import(ts, front) : NULL;
            KR_XDECREF(ts, front);
        } else if (level > 0 && dot > 0) {
            intptr_t cut = KR_STR_LEN(name) - dot;
            KrObject *top = kr_str_substr(ts, abs, 0, KR_STR_LEN(abs) - cut);
            KrObject *m = top ? kr_dict_get_item(ts, ts->vm->modules, top) : NULL;
            if (m) {
                result = KR_INCREF(m);
            } else if (top && !kr_err_occurred(ts)) {
                kr_err_format(ts, &kr_exc_KeyError, "%R not in sys.modules as expected", top);
            }
            KR_XDECREF(ts, top);
        } else {
            result = KR_INCREF(module);
        }
        goto done;
    }
    KrObject *path = attr_opt(ts, module, "__path__");
    if (path) {
        KR_DECREF(ts, path);
        if (handle_fromlist(ts, module, fromlist, false) < 0) {
            goto done;
        }
    } else if (kr_err_occurred(ts)) {
        goto done;
    }
    result = KR_INCREF(module);
done:
    KR_XDECREF(ts, module);
    KR_DECREF(ts, abs);
    return result;
}

KrObject *kr_import_from(KrThread *ts, KrObject *module, KrObject *name) {
    KrObject *v = kr_getattr(ts, module, name);
    if (v || !kr_err_matches(ts, &kr_exc_AttributeError)) {
        return v;
    }
    kr_err_clear(ts);
    // A submodule that is in sys.modules but not yet bound on its package (a circular import).
    KrObject *pkgname = attr_opt(ts, module, "__name__");
    if (!pkgname && kr_err_occurred(ts)) {
        return NULL;
    }
    if (!pkgname || !kr_str_check(pkgname)) {
        KR_XDECREF(ts, pkgname);
        raise_msg(ts, &kr_exc_ImportError, NULL, NULL, "cannot import name %R", name);
        return NULL;
    }
    KrObject *full = kr_str_from_format(ts, "%U.%U", pkgname, name);
    KrObject *sub = full ? kr_dict_get_item(ts, ts->vm->modules, full) : NULL;
    KR_XDECREF(ts, full);
    if (sub) {
        KR_DECREF(ts, pkgname);
        return KR_INCREF(sub);
    }
    if (kr_err_occurred(ts)) {
        KR_DECREF(ts, pkgname);
        return NULL;
    }
    KrObject *file = attr_opt(ts, module, "__file__");
    if (file && !kr_str_check(file)) {
        KR_CLEAR(ts, file);
    }
    kr_err_clear(ts);
    bool initializing = false;
    KrObject *spec = attr_opt(ts, module, "__spec__");
    if (spec && spec != KR_NONE) {
        KrObject *init = attr_opt(ts, spec, "_initializing");
        initializing = init && kr_is_true(ts, init) == 1;
        KR_XDECREF(ts, init);
    }
    KR_XDECREF(ts, spec);
    kr_err_clear(ts);
    if (initializing) {
        if (file) {
            raise_msg(ts, &kr_exc_ImportError, pkgname, file,
                      "cannot import name %R from partially initialized module %R (most likely due to a circular "
                      "import) (%S)",
                      name, pkgname, file);
        } else {
            raise_msg(ts, &kr_exc_ImportError, pkgname, NULL,
                      "cannot import name %R from partially initialized module %R (most likely due to a circular "
                      "import) (unknown location)",
                      name, pkgname);
        }
    } else if (file) {
        raise_msg(ts, &kr_exc_ImportError, pkgname, file, "cannot import name %R from %R (%S)", name, pkgname, file);
    } else {
        raise_msg(ts, &kr_exc_ImportError, pkgname, NULL, "cannot import name %R from %R (unknown location)", name,
                  pkgname);
    }
    KR_XDECREF(ts, file);
    KR_DECREF(ts, pkgname);
    return NULL;
}

int kr_import_exec_code(KrThread *ts, KrObject *module, KrObject *code) {
    KrObject *md = kr_object_get_dict(ts, module, false);
    if (!md) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_TypeError, "module has no __dict__");
        }
        return -1;
    }
    if (!kr_dict_get_item(ts, md, KR_ID(ts, __builtins__)) &&
        kr_dict_set_item(ts, md, KR_ID(ts, __builtins__), ts->vm->builtins_module) < 0) {
        return -1;
    }
    KrObject *r = kr_eval_code(ts, code, md, md);
    if (!r) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

int kr_import_exec_source(KrThread *ts, KrObject *module, KrObject *path) {
    const char *p = kr_str_utf8(ts, path, NULL);
    if (!p) {
        return -1;
    }
    KrObject *dwb = kr_dict_get_item_str(ts, ts->vm->sys_dict, "dont_write_bytecode");
    int dont = dwb ? kr_is_true(ts, dwb) : 0;
    if (dont < 0) {
        return -1;
    }
    KrObject *code = kr_pyc_get_code(ts, p, !dont);
    if (!code) {
        return -1;
    }
    int rc = kr_import_exec_code(ts, module, code);
    KR_DECREF(ts, code);
    return rc;
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static KrObject *builtin_import(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    KrObject *a[5] = {NULL};
    if (kr_parse_args(ts, "__import__", args, nargs, kwnames, names, 1, 0, 5, a) < 0) {
        return NULL;
    }
    int level = 0;
    if (a[4]) {
        intptr_t l = kr_int_check(a[4]) ? kr_int_as_ssize(ts, a[4]) : -2;
        if (l == -2 && !kr_int_check(a[4])) {
            kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", a[4]);
            return NULL;
        }
        if (l == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        level = l < INT32_MIN ? INT32_MIN : l > INT32_MAX ? INT32_MAX : (int)l;
    }
    return kr_import_module_level(ts, a[0], a[1], a[3], level);
}

static const KrMethodDef import_def = {"__import__", builtin_import, KR_METH_VARARGS, false, false,
                                       "Import a module (the function behind the import statement)."};

// ---- start-up ----------------------------------------------------------------------

static int set_sys_steal(KrThread *ts, const char *name, KrObject *v) {
    if (!v) {
        return -1;
    }
    int rc = kr_dict_set_item_str(ts, ts->vm->sys_dict, name, v);
    KR_DECREF(ts, v);
    return rc;
}

static int append_cstr(KrThread *ts, KrObject *list, const char *s, size_t n) {
    KrObject *v = kr_str_from_utf8(ts, s, n);
    int rc = v ? kr_list_append(ts, list, v) : -1;
    KR_XDECREF(ts, v);
    return rc;
}

static KrObject *make_path(KrThread *ts) {
    KrObject *path = kr_list_new(ts, 0);
    if (!path || append_cstr(ts, path, "", 0) < 0) {
        KR_XDECREF(ts, path);
        return NULL;
    }
    const char *pp = kr_port_getenv("PYTHONPATH");
    while (pp && *pp) {
        const char *colon = strchr(pp, ':');
        size_t n = colon ? (size_t)(colon - pp) : strlen(pp);
        if (n > 0) {
            char *abs = NULL;
            char *part = kr_mem_alloc(ts, n + 1);
            if (part) {
                memcpy(part, pp, n);
                part[n] = '\0';
                abs = kr_port_abspath(part);
                kr_mem_free(ts, part);
            }
            int rc = abs ? append_cstr(ts, path, abs, strlen(abs)) : -1;
            kr_port_free(abs);
            if (rc < 0) {
                KR_DECREF(ts, path);
                return kr_err_occurred(ts) ? NULL : kr_err_no_memory(ts);
            }
        }
        pp = colon ? colon + 1 : NULL;
    }
    KrPortStat st;
    kr_port_stat(KRAIT_SITE_PACKAGES, &st);
    if (append_cstr(ts, path, KRAIT_STDLIB_BUNDLE_PATH, strlen(KRAIT_STDLIB_BUNDLE_PATH)) < 0 ||
        (st.kind == 2 && append_cstr(ts, path, KRAIT_SITE_PACKAGES, strlen(KRAIT_SITE_PACKAGES)) < 0)) {
        KR_DECREF(ts, path);
        return NULL;
    }
    return path;
}

// __spec__ and __loader__ for a builtin module created before the import system.
static int builtin_spec(KrThread *ts, KrObject *module, KrObject *importer) {
    KrObject *name = attr_opt(ts, module, "__name__");
    KrObject *origin = kr_str_from_cstr(ts, "built-in");
    KrObject *spec = name && origin ? kr_import_spec_new(ts, name, importer, origin, NULL, false) : NULL;
    KrObject *empty = kr_str_empty(ts);
    int rc = spec && empty && set_attr(ts, module, "__spec__", spec) == 0 &&
                     set_attr(ts, module, "__loader__", importer) == 0 && set_attr(ts, module, "__package__", empty) == 0
                 ? 0
                 : -1;
    KR_XDECREF(ts, name);
    KR_XDECREF(ts, origin);
    KR_XDECREF(ts, spec);
    KR_XDECREF(ts, empty);
    return rc;
}

// Specs for the C modules already in sys.modules (sys, builtins, and those made at start-up).
static int builtin_specs(KrThread *ts, KrObject *importer) {
    intptr_t pos = 0;
    KrObject *k, *m;
    KrObject *mods = kr_dict_copy(ts, ts->vm->modules);
    int rc = mods ? 0 : -1;
    while (rc == 0 && kr_dict_next(mods, &pos, &k, &m)) {
        if (KR_TYPE(m) != &kr_module_type || kr_str_equal_cstr(k, "__main__")) {
            continue;
        }
        KrObject *spec = kr_dict_get_item(ts, KR_MODULE_DICT(m), KR_ID(ts, __spec__));
        if (!spec || spec == KR_NONE) {
            rc = builtin_spec(ts, m, importer);
        }
    }
    KR_XDECREF(ts, mods);
    return rc;
}

int kr_import_init(KrThread *ts) {
    KrVM *vm = ts->vm;
    // As CPython's, sys.meta_path holds the importer classes (their methods are classmethods).
    KrObject *bi = KR_INCREF((KrObject *)&kr_builtin_importer_type);
    KrObject *pf = KR_INCREF((KrObject *)&kr_path_finder_type);
    KrObject *meta = pf ? kr_list_from_array(ts, (KrObject *[]){bi, pf}, 2) : NULL;
    KrObject *hooks[2] = {(KrObject *)&kr_bundle_finder_type, (KrObject *)&kr_file_finder_type};
    const char *env = kr_port_getenv("PYTHONDONTWRITEBYTECODE");
    bool dont_write = vm->config.dont_write_bytecode || (env && *env);
    int rc = -1;
    if (meta && set_sys_steal(ts, "meta_path", KR_INCREF(meta)) == 0 &&
        set_sys_steal(ts, "path_hooks", kr_list_from_array(ts, hooks, 2)) == 0 &&
        set_sys_steal(ts, "path_importer_cache", kr_dict_new(ts)) == 0 && set_sys_steal(ts, "path", make_path(ts)) == 0 &&
        kr_dict_set_item_str(ts, vm->sys_dict, "dont_write_bytecode", KR_BOOL(dont_write)) == 0 &&
        builtin_specs(ts, bi) == 0) {
        KrObject *modname = kr_str_intern_cstr(ts, "builtins");
        KrObject *f = modname ? kr_cfunction_new(ts, &import_def, NULL, modname) : NULL;
        rc = f ? kr_dict_set_item_str(ts, vm->builtins, "__import__", f) : -1;
        KR_XDECREF(ts, f);
        KR_XDECREF(ts, modname);
    }
    KR_XDECREF(ts, bi);
    KR_XDECREF(ts, pf);
    KR_XDECREF(ts, meta);
    return rc;
}

// A _sitebuiltins._Printer showing `text`, made without running its __init__,
// which imports os (most of CPython's start-up) only to list the license files
// to look for; Krait's bundle has none, so that list is empty.
static KrObject *site_printer(KrThread *ts, KrObject *cls, KrObject *name, KrObject *text) {
    KrObject *obj = kr_call_method(ts, cls, KR_ID(ts, __new__), &cls, 1);
    KrObject *files = obj ? kr_list_new(ts, 0) : NULL;
    if (!files || set_attr(ts, obj, "_Printer__name", name) < 0 ||
        set_attr(ts, obj, "_Printer__data", text) < 0 ||
        set_attr(ts, obj, "_Printer__lines", KR_NONE) < 0 ||
        set_attr(ts, obj, "_Printer__filenames", files) < 0) {
        KR_CLEAR(ts, obj);
    }
    KR_XDECREF(ts, files);
    return obj;
}

// The builtins CPython's site.py adds (Krait's site step is this and the
// site-packages entry of make_path): exit and quit, copyright, credits and
// license, the objects of the bundled _sitebuiltins.
// The text a site builtin shows (new reference): its fixed words, or sys.copyright,
// or the bundle's PSF License where the bundle has it.
enum { TEXT_FIXED, TEXT_COPYRIGHT, TEXT_LICENSE };
static KrObject *site_text(KrThread *ts, int source, const char *fixed) {
    if (source == TEXT_COPYRIGHT) {
        KrObject *c = kr_dict_get_item_str(ts, ts->vm->sys_dict, "copyright");
        return c ? KR_INCREF(c) : NULL;
    }
    KrObject *full = source == TEXT_LICENSE ? kr_import_bundle_license(ts) : KR_INCREF(KR_NONE);
    if (full != KR_NONE) {
        return full; // the license text, or NULL on error
    }
    KR_DECREF(ts, full);
    return kr_str_from_cstr(ts, fixed);
}

int kr_import_site_builtins(KrThread *ts) {
    static const struct {
        const char *name;
        bool printer; // a _Printer (else a Quitter)
        int source;   // TEXT_*
        const char *text;
    } defs[] = {
        {"exit", false, TEXT_FIXED, "Ctrl-D (i.e. EOF)"},
        {"quit", false, TEXT_FIXED, "Ctrl-D (i.e. EOF)"},
        {"copyright", true, TEXT_COPYRIGHT, NULL},
        {"credits", true, TEXT_FIXED,
         "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
         "    for supporting Python development.  See www.python.org for more information."},
        {"license", true, TEXT_LICENSE, "See https://www.python.org/psf/license/"},
    };
    KrObject *site = kr_import_module(ts, "_sitebuiltins");
    if (!site && kr_err_matches(ts, &kr_exc_ModuleNotFoundError)) {
        kr_err_clear(ts); // the stage-0 VM that builds the bundle has no Lib/
        return 0;
    }
    int rc = site ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < sizeof defs / sizeof defs[0]; i++) {
        KrObject *cls = kr_getattr_cstr(ts, site, defs[i].printer ? "_Printer" : "Quitter");
        KrObject *name = kr_str_from_cstr(ts, defs[i].name);
        KrObject *text = site_text(ts, defs[i].source, defs[i].text);
        KrObject *obj = !cls || !name || !text ? NULL
                        : defs[i].printer      ? site_printer(ts, cls, name, text)
                                               : kr_call(ts, cls, (KrObject *[]){name, text}, 2, NULL);
        rc = obj ? kr_dict_set_item_str(ts, ts->vm->builtins, defs[i].name, obj) : -1;
        KR_XDECREF(ts, obj);
        KR_XDECREF(ts, text);
        KR_XDECREF(ts, name);
        KR_XDECREF(ts, cls);
    }
    KR_XDECREF(ts, site);
    return rc;
}

int kr_import_set_script_dir(KrThread *ts, const char *script_path) {
    KrObject *path = kr_dict_get_item_str(ts, ts->vm->sys_dict, "path");
    if (!path || !kr_list_check(path) || KR_LIST_SIZE(path) == 0) {
        return 0;
    }
    const char *slash = strrchr(script_path, '/');
    size_t n = slash ? (size_t)(slash - script_path) : 0;
    KrObject *dir = slash == script_path ? kr_str_from_cstr(ts, "/") : kr_str_from_utf8(ts, script_path, n);
    if (!dir) {
        return -1;
    }
    KR_SETREF(ts, KR_LIST_ITEMS(path)[0], dir);
    return 0;
}
