// SPDX-License-Identifier: MIT
// The importer objects: ModuleSpec, BuiltinImporter, PathFinder, FileFinder,
// SourceFileLoader and NamespaceLoader, with importlib's method names.
#include <string.h>

#include "../module/modules.h"
#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "import.h"
#include "pyc.h"

// Every importer object is a bag of attributes: its state lives in __dict__.
void kr_import_obj_dealloc(KrThread *ts, KrObject *o) {
    KR_XDECREF(ts, ((KrImporter *)o)->dict);
    kr_object_free(ts, o);
}

void kr_import_obj_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (((KrImporter *)o)->dict) {
        visit(ts, ((KrImporter *)o)->dict, arg);
    }
}

int kr_import_obj_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrImporter *)o)->dict);
    return 0;
}

KrObject *kr_import_obj_field(KrThread *ts, KrObject *o, const char *name) {
    KrObject *d = kr_object_get_dict(ts, o, false);
    return d ? kr_dict_get_item_str(ts, d, name) : NULL;
}

int kr_import_obj_set(KrThread *ts, KrObject *o, const char *name, KrObject *v) {
    KrObject *d = kr_object_get_dict(ts, o, true);
    return d ? kr_dict_set_item_str(ts, d, name, v ? v : KR_NONE) : -1;
}

KrObject *kr_import_obj_new(KrThread *ts, KrType *type) {
    KrObject *o = kr_object_alloc(ts, type, sizeof(KrImporter));
    if (o && !kr_object_get_dict(ts, o, true)) {
        KR_CLEAR(ts, o);
    }
    return o;
}

// getattr(o, name, None) for a C string name; NULL only on error.
static KrObject *getattr_opt(KrThread *ts, KrObject *o, const char *name) {
    KrObject *s = kr_str_intern_cstr(ts, name);
    KrObject *r = s ? kr_getattr_opt(ts, o, s) : NULL;
    KR_XDECREF(ts, s);
    return r;
}

void kr_import_error(KrThread *ts, KrType *type, KrObject *msg, KrObject *name, KrObject *path) {
    KrObject *pathname = kr_str_intern_cstr(ts, "path");
    KrObject *kw = pathname ? kr_tuple_pack(ts, 2, KR_ID(ts, name), pathname) : NULL;
    KR_XDECREF(ts, pathname);
    KrObject *args[3] = {msg, name ? name : KR_NONE, path ? path : KR_NONE};
    KrObject *exc = kw ? kr_call(ts, (KrObject *)type, args, 1, kw) : NULL;
    KR_XDECREF(ts, kw);
    if (exc) {
        kr_err_set_object(ts, exc);
    }
}

// ---- ModuleSpec ---------------------------------------------------------------------

KrObject *kr_import_spec_new(KrThread *ts, KrObject *name, KrObject *loader, KrObject *origin, KrObject *locations,
                             bool has_location) {
    KrObject *spec = kr_import_obj_new(ts, &kr_module_spec_type);
    if (!spec) {
        return NULL;
    }
    KrObject *cached = NULL;
    // importlib._bootstrap's own import (importlib.import_module) records the
    // submodules being imported on the parent's spec.
    KrObject *uninit = kr_list_new(ts, 0);
    if (!uninit || kr_import_obj_set(ts, spec, "_uninitialized_submodules", uninit) < 0) {
        KR_XDECREF(ts, uninit);
        KR_DECREF(ts, spec);
        return NULL;
    }
    KR_DECREF(ts, uninit);
    if (has_location && origin && kr_str_check(origin)) {
        const char *o = kr_str_utf8(ts, origin, NULL);
        char *c = o ? kr_pyc_cache_path(ts, o) : NULL;
        if (c) {
            cached = kr_str_from_cstr(ts, c);
            kr_mem_free(ts, c);
        }
        if (kr_err_occurred(ts)) {
            KR_DECREF(ts, spec);
            return NULL;
        }
    }
    if (kr_import_obj_set(ts, spec, "name", name) < 0 || kr_import_obj_set(ts, spec, "loader", loader) < 0 ||
        kr_import_obj_set(ts, spec, "origin", origin) < 0 || kr_import_obj_set(ts, spec, "loader_state", NULL) < 0 ||
        kr_import_obj_set(ts, spec, "submodule_search_locations", locations) < 0 ||
        kr_import_obj_set(ts, spec, "_set_fileattr", KR_BOOL(has_location)) < 0 || kr_import_obj_set(ts, spec, "cached", cached) < 0) {
        KR_XDECREF(ts, cached);
        KR_DECREF(ts, spec);
        return NULL;
    }
    KR_XDECREF(ts, cached);
    return spec;
}

// ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)
static KrObject *spec_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    static const char *const names[] = {"name", "loader", "origin", "loader_state", "is_package", NULL};
    KrObject *a[5] = {NULL};
    if (kr_parse_args(ts, "ModuleSpec", args, nargs, kwnames, names, 2, 0, 2, a) < 0) {
        return NULL;
    }
    KrObject *locations = NULL;
    if (a[4] && a[4] != KR_NONE) {
        int t = kr_is_true(ts, a[4]);
        if (t < 0) {
            return NULL;
        }
        locations = t ? kr_list_new(ts, 0) : NULL;
        if (t && !locations) {
            return NULL;
        }
    }
    KrObject *spec = kr_import_spec_new(ts, a[0], a[1], a[2] == KR_NONE ? NULL : a[2], locations, false);
    KR_XDECREF(ts, locations);
    if (spec && a[3] && kr_import_obj_set(ts, spec, "loader_state", a[3]) < 0) {
        KR_CLEAR(ts, spec);
    }
    return spec;
}

static KrObject *spec_repr(KrThread *ts, KrObject *self) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    static const char *const shown[] = {"name", "loader", "origin", "submodule_search_locations"};
    kr_sb_add_cstr(ts, &sb, "ModuleSpec(");
    for (int i = 0; i < 4; i++) {
        KrObject *v = kr_import_obj_field(ts, self, shown[i]);
        if (i >= 2 && (!v || v == KR_NONE)) {
            continue;
        }
        KrObject *r = kr_repr(ts, v ? v : KR_NONE);
        if (!r) {
            kr_sb_discard(ts, &sb);
            return NULL;
        }
        if (i > 0) {
            kr_sb_add_cstr(ts, &sb, ", ");
        }
        kr_sb_add_cstr(ts, &sb, shown[i]);
        kr_sb_add_char(ts, &sb, '=');
        kr_sb_add_str(ts, &sb, r);
        KR_DECREF(ts, r);
    }
    kr_sb_add_char(ts, &sb, ')');
    return kr_sb_finish(ts, &sb);
}

// The package a module belongs to: itself for a package, else the dotted prefix.
static KrObject *spec_get_parent(KrThread *ts, KrObject *self) {
    KrObject *name = kr_import_obj_field(ts, self, "name");
    KrObject *locs = kr_import_obj_field(ts, self, "submodule_search_locations");
    if (!name || !kr_str_check(name)) {
        KR_RETURN_NONE;
    }
    if (locs && locs != KR_NONE) {
        return KR_INCREF(name);
    }
    KrObject *dot = kr_str_from_codepoint(ts, '.');
    if (!dot) {
        return NULL;
    }
    intptr_t i = kr_str_find(name, dot, 0, KR_STR_LEN(name), true);
    KR_DECREF(ts, dot);
    return i < 0 ? kr_str_empty(ts) : kr_str_substr(ts, name, 0, i);
}

static KrObject *spec_get_has_location(KrThread *ts, KrObject *self) {
    KrObject *v = kr_import_obj_field(ts, self, "_set_fileattr");
    return KR_INCREF(v ? v : KR_FALSE);
}

static int spec_set_has_location(KrThread *ts, KrObject *self, KrObject *value) {
    int t = value ? kr_is_true(ts, value) : 0;
    return t < 0 ? -1 : kr_import_obj_set(ts, self, "_set_fileattr", KR_BOOL(t));
}

static const KrGetSetDef spec_getsets[] = {
    {"parent", spec_get_parent, NULL, "The name of the module's parent."},
    {"has_location", spec_get_has_location, spec_set_has_location, NULL},
    {NULL, NULL, NULL, NULL},
};

KR_IMPORTER_TYPE(kr_module_spec_type, "_frozen_importlib.ModuleSpec", .new_ = spec_new, .repr = spec_repr, .getsets = spec_getsets);

// ---- BuiltinImporter: the C modules of modules.def --------------------------------

typedef struct BuiltinModule {
    const char *name;
    KrObject *(*create)(KrThread *ts);
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
#define MODULE(name, create) {#name, create},
#include "../module/modules.def"
#undef MODULE
};

static const BuiltinModule *find_builtin(KrObject *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (kr_str_equal_cstr(name, builtin_modules[i].name)) {
            return &builtin_modules[i];
        }
    }
    return NULL;
}

static KrObject *bi_find_spec(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"fullname", "path", "target", NULL};
    KrObject *a[3] = {NULL};
    if (kr_parse_args(ts, "find_spec", args, nargs, kwnames, names, 1, 0, 3, a) < 0) {
        return NULL;
    }
    if (!kr_str_check(a[0]) || !find_builtin(a[0])) {
        KR_RETURN_NONE;
    }
    KrObject *origin = kr_str_from_cstr(ts, "built-in");
    KrObject *spec = origin ? kr_import_spec_new(ts, a[0], self, origin, NULL, false) : NULL;
    KR_XDECREF(ts, origin);
    return spec;
}

static KrObject *bi_create_module(KrThread *ts, KrObject *self, KrObject *spec) {
    (void)self;
    KrObject *name = kr_getattr(ts, spec, KR_ID(ts, name));
    if (!name) {
        return NULL;
    }
    const BuiltinModule *b = kr_str_check(name) ? find_builtin(name) : NULL;
    KrObject *m = NULL;
    if (!b) {
        KrObject *msg = kr_str_from_format(ts, "no built-in module named %S", name);
        if (msg) {
            kr_import_error(ts, &kr_exc_ImportError, msg, name, NULL);
            KR_DECREF(ts, msg);
        }
    } else if (strcmp(b->name, "sys") == 0) {
        m = KR_INCREF(ts->vm->sys_module);
    } else if (strcmp(b->name, "builtins") == 0) {
        m = KR_INCREF(ts->vm->builtins_module);
    } else {
        m = b->create(ts);
    }
    KR_DECREF(ts, name);
    return m;
}

static KrObject *return_none(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)ts;
    (void)self;
    (void)arg;
    KR_RETURN_NONE;
}

static KrObject *return_none0(KrThread *ts, KrObject *self) {
    (void)ts;
    (void)self;
    KR_RETURN_NONE;
}

// get_code/get_source (None) and is_package (False) of a built-in module;
// ImportError for any other name, as importlib's _requires_builtin.
static KrObject *bi_require(KrThread *ts, KrObject *name, KrObject *result) {
    if (!kr_str_check(name) || !find_builtin(name)) {
        KrObject *msg = kr_str_from_format(ts, "%R is not a built-in module", name);
        if (msg) {
            kr_import_error(ts, &kr_exc_ImportError, msg, name, NULL);
            KR_DECREF(ts, msg);
        }
        return NULL;
    }
    return KR_INCREF(result);
}

static KrObject *bi_get_code(KrThread *ts, KrObject *self, KrObject *name) {
    (void)self;
    return bi_require(ts, name, KR_NONE);
}

static KrObject *bi_is_package(KrThread *ts, KrObject *self, KrObject *name) {
    (void)self;
    return bi_require(ts, name, KR_FALSE);
}

static const KrMethodDef builtin_importer_methods[] = {
    {"get_code", bi_get_code, KR_METH_O, false, true, NULL},
    {"get_source", bi_get_code, KR_METH_O, false, true, NULL},
    {"is_package", bi_is_package, KR_METH_O, false, true, NULL},
    {"find_spec", bi_find_spec, KR_METH_VARARGS, false, true, NULL},
    {"create_module", bi_create_module, KR_METH_O, false, true, NULL},
    {"exec_module", return_none, KR_METH_O, false, true, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_builtin_importer_type, "_frozen_importlib.BuiltinImporter", .methods = builtin_importer_methods);

// ---- FileFinder: one directory on sys.path ----------------------------------------

// Joins a directory and a name with one '/'.
static KrObject *path_join(KrThread *ts, KrObject *dir, KrObject *name, const char *suffix) {
    size_t n;
    const char *d = kr_str_utf8(ts, dir, &n);
    if (!d) {
        return NULL;
    }
    bool slash = n > 0 && d[n - 1] == '/';
    return kr_str_from_format(ts, slash ? "%U%U%s" : "%U/%U%s", dir, name, suffix);
}

static int stat_kind(KrThread *ts, KrObject *path) {
    const char *p = kr_str_utf8(ts, path, NULL);
    if (!p) {
        return -1;
    }
    KrPortStat st;
    kr_port_stat(p, &st);
    return st.kind;
}

// FileFinder(path): ImportError unless path is a directory ('' is the working directory).
static KrObject *file_finder_make(KrThread *ts, KrObject *path) {
    if (!kr_str_check(path)) {
        kr_err_format(ts, &kr_exc_TypeError, "expected str, not %T", path);
        return NULL;
    }
    const char *p = kr_str_utf8(ts, path, NULL);
    if (!p) {
        return NULL;
    }
    char *abs = kr_port_abspath(*p ? p : ".");
    if (!abs) {
        return kr_err_no_memory(ts);
    }
    KrPortStat st;
    kr_port_stat(abs, &st);
    KrObject *absobj = kr_str_from_cstr(ts, abs);
    kr_port_free(abs);
    if (!absobj) {
        return NULL;
    }
    KrObject *finder = NULL;
    if (st.kind != 2) {
        KrObject *msg = kr_str_from_cstr(ts, "only directories are supported");
        if (msg) {
            kr_import_error(ts, &kr_exc_ImportError, msg, NULL, path);
            KR_DECREF(ts, msg);
        }
    } else {
        finder = kr_import_obj_new(ts, &kr_file_finder_type);
        if (finder && kr_import_obj_set(ts, finder, "path", absobj) < 0) {
            KR_CLEAR(ts, finder);
        }
    }
    KR_DECREF(ts, absobj);
    return finder;
}

static KrObject *file_finder_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)type;
    if (kr_check_positional(ts, "FileFinder", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return file_finder_make(ts, args[0]);
}

KrObject *kr_import_loader_new(KrThread *ts, KrType *type, KrObject *name, KrObject *path) {
    KrObject *l = kr_import_obj_new(ts, type);
    if (l && (kr_import_obj_set(ts, l, "name", name) < 0 || kr_import_obj_set(ts, l, "path", path) < 0)) {
        KR_CLEAR(ts, l);
    }
    return l;
}

// A spec for a source file, a package (locations = [dir]) or a namespace portion.
static KrObject *file_spec(KrThread *ts, KrObject *fullname, KrObject *file, KrObject *pkgdir) {
    KrObject *locations = pkgdir ? kr_list_from_array(ts, &pkgdir, 1) : NULL;
    if (pkgdir && !locations) {
        return NULL;
    }
    KrObject *loader = file ? kr_import_loader_new(ts, &kr_source_loader_type, fullname, file) : NULL;
    KrObject *spec = NULL;
    if (loader || !file) {
        spec = kr_import_spec_new(ts, fullname, loader, file, locations, file != NULL);
    }
    KR_XDECREF(ts, loader);
    KR_XDECREF(ts, locations);
    return spec;
}

// FileFinder.find_spec: dir/name/__init__.py, then dir/name.py, then a namespace portion.
static KrObject *file_finder_find(KrThread *ts, KrObject *self, KrObject *fullname) {
    KrObject *dir = kr_import_obj_field(ts, self, "path");
    if (!dir || !kr_str_check(dir) || !kr_str_check(fullname)) {
        KR_RETURN_NONE;
    }
    KrObject *dot = kr_str_from_codepoint(ts, '.');
    if (!dot) {
        return NULL;
    }
    intptr_t i = kr_str_find(fullname, dot, 0, KR_STR_LEN(fullname), true);
    KR_DECREF(ts, dot);
    KrObject *tail = kr_str_substr(ts, fullname, i + 1, KR_STR_LEN(fullname));
    KrObject *base = tail ? path_join(ts, dir, tail, "") : NULL;
    KrObject *spec = NULL, *file = NULL, *init = NULL;
    bool is_namespace = false;
    if (!base) {
        goto done;
    }
    int kind = stat_kind(ts, base);
    if (kind < 0) {
        goto done;
    }
    if (kind == 2) {
        KrObject *initname = kr_str_from_cstr(ts, "__init__");
        init = initname ? path_join(ts, base, initname, ".py") : NULL;
        KR_XDECREF(ts, initname);
        if (!init) {
            goto done;
        }
        int k = stat_kind(ts, init);
        if (k == 1) {
            spec = file_spec(ts, fullname, init, base);
            goto done;
        }
        is_namespace = k >= 0;
    }
    file = path_join(ts, dir, tail, ".py");
    if (!file) {
        goto done;
    }
    if (stat_kind(ts, file) == 1) {
        spec = file_spec(ts, fullname, file, NULL);
    } else if (is_namespace) {
        spec = file_spec(ts, fullname, NULL, base);
    } else if (!kr_err_occurred(ts)) {
        spec = KR_NONE;
    }
done:
    KR_XDECREF(ts, tail);
    KR_XDECREF(ts, base);
    KR_XDECREF(ts, init);
    KR_XDECREF(ts, file);
    return spec;
}

static KrObject *ff_find_spec(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"fullname", "target", NULL};
    KrObject *a[2] = {NULL};
    if (kr_parse_args(ts, "find_spec", args, nargs, kwnames, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    return file_finder_find(ts, self, a[0]);
}

static KrObject *ff_repr(KrThread *ts, KrObject *self) {
    KrObject *p = kr_import_obj_field(ts, self, "path");
    return kr_str_from_format(ts, "FileFinder(%R)", p ? p : KR_NONE);
}

static const KrMethodDef file_finder_methods[] = {
    {"find_spec", ff_find_spec, KR_METH_VARARGS, false, false, NULL},
    {"invalidate_caches", return_none0, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_file_finder_type, "_frozen_importlib_external.FileFinder", .new_ = file_finder_new, .repr = ff_repr,
              .methods = file_finder_methods);

// ---- PathFinder: sys.path through sys.path_hooks ----------------------------------

// sys.path_importer_cache[entry], filling it from sys.path_hooks (None when no hook accepts).
static KrObject *importer_for(KrThread *ts, KrObject *entry) {
    KrObject *sysd = ts->vm->sys_dict;
    KrObject *cache = kr_dict_get_item_str(ts, sysd, "path_importer_cache");
    KrObject *hooks = kr_dict_get_item_str(ts, sysd, "path_hooks");
    KrObject *key = KR_INCREF(entry);
    if (KR_STR_LEN(entry) == 0) {
        // '' means the working directory at the time of the import.
        char *cwd = kr_port_getcwd();
        KR_DECREF(ts, key);
        if (!cwd) {
            KR_RETURN_NONE;
        }
        key = kr_str_from_cstr(ts, cwd);
        kr_port_free(cwd);
        if (!key) {
            return NULL;
        }
    }
    KrObject *finder = cache && kr_dict_check(cache) ? kr_dict_get_item(ts, cache, key) : NULL;
    if (finder || kr_err_occurred(ts)) {
        KR_XINCREF(finder);
        KR_DECREF(ts, key);
        return finder;
    }
    KrObject *seq = hooks ? kr_list_from_iterable(ts, hooks) : kr_list_new(ts, 0);
    if (!seq) {
        KR_DECREF(ts, key);
        return NULL;
    }
    for (intptr_t i = 0; i < KR_LIST_SIZE(seq) && !finder; i++) {
        KrObject *hook = KR_LIST_ITEMS(seq)[i];
        finder = hook == (KrObject *)&kr_file_finder_type ? file_finder_make(ts, key) : kr_call1(ts, hook, key);
        if (!finder) {
            if (!kr_err_matches(ts, &kr_exc_ImportError)) {
                KR_DECREF(ts, seq);
                KR_DECREF(ts, key);
                return NULL;
            }
            kr_err_clear(ts);
        }
    }
    KR_DECREF(ts, seq);
    if (!finder) {
        finder = KR_NONE;
    }
    if (cache && kr_dict_check(cache) && kr_dict_set_item(ts, cache, key, finder) < 0) {
        KR_CLEAR(ts, finder);
    }
    KR_DECREF(ts, key);
    return finder;
}

static KrObject *path_find_spec(KrThread *ts, KrObject *fullname, KrObject *path) {
    if (!path || path == KR_NONE) {
        path = kr_dict_get_item_str(ts, ts->vm->sys_dict, "path");
        if (!path) {
            kr_err_set_str(ts, &kr_exc_ImportError, "lost sys.path");
            return NULL;
        }
    }
    KrObject *entries = kr_list_from_iterable(ts, path);
    KrObject *portions = entries ? kr_list_new(ts, 0) : NULL;
    KrObject *result = NULL;
    if (!portions) {
        goto done;
    }
    for (intptr_t i = 0; i < KR_LIST_SIZE(entries); i++) {
        KrObject *entry = KR_LIST_ITEMS(entries)[i];
        if (!kr_str_check(entry)) {
            continue;
        }
        KrObject *finder = importer_for(ts, entry);
        if (!finder) {
            goto done;
        }
        KrObject *spec;
        if (finder == KR_NONE) {
            spec = KR_NONE;
        } else if (KR_TYPE(finder) == &kr_file_finder_type) {
            spec = file_finder_find(ts, finder, fullname);
        } else {
            KrObject *fs = getattr_opt(ts, finder, "find_spec");
            spec = fs ? kr_call2(ts, fs, fullname, KR_NONE) : kr_err_occurred(ts) ? NULL : KR_NONE;
            KR_XDECREF(ts, fs);
        }
        KR_DECREF(ts, finder);
        if (!spec) {
            goto done;
        }
        if (spec == KR_NONE) {
            continue;
        }
        KrObject *loader = getattr_opt(ts, spec, "loader");
        if (loader && loader != KR_NONE) {
            KR_DECREF(ts, loader);
            result = spec;
            goto done;
        }
        KR_XDECREF(ts, loader);
        KrObject *locs = getattr_opt(ts, spec, "submodule_search_locations");
        KR_DECREF(ts, spec);
        if (!locs || locs == KR_NONE) {
            KR_XDECREF(ts, locs);
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_ImportError, "spec missing loader");
            }
            goto done;
        }
        int rc = kr_list_extend(ts, portions, locs);
        KR_DECREF(ts, locs);
        if (rc < 0) {
            goto done;
        }
    }
    if (KR_LIST_SIZE(portions) == 0) {
        result = KR_NONE;
        goto done;
    }
    // Only namespace portions were found: a namespace package spanning them.
    KrObject *loader = kr_import_loader_new(ts, &kr_namespace_loader_type, fullname, portions);
    if (loader) {
        result = kr_import_spec_new(ts, fullname, loader, NULL, portions, false);
        KR_DECREF(ts, loader);
    }
done:
    KR_XDECREF(ts, entries);
    KR_XDECREF(ts, portions);
    return result;
}

static KrObject *pf_find_spec(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    static const char *const names[] = {"fullname", "path", "target", NULL};
    KrObject *a[3] = {NULL};
    if (kr_parse_args(ts, "find_spec", args, nargs, kwnames, names, 1, 0, 3, a) < 0) {
        return NULL;
    }
    if (!kr_str_check(a[0])) {
        KR_RETURN_NONE;
    }
    return path_find_spec(ts, a[0], a[1]);
}

static const KrMethodDef path_finder_methods[] = {
    {"find_spec", pf_find_spec, KR_METH_VARARGS, false, true, NULL},
    {"invalidate_caches", return_none0, KR_METH_NOARGS, false, true, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_path_finder_type, "_frozen_importlib_external.PathFinder", .methods = path_finder_methods);

// ---- SourceFileLoader and NamespaceLoader -----------------------------------------

// SourceFileLoader(fullname, path)
static KrObject *loader_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"fullname", "path", NULL};
    KrObject *a[2] = {NULL};
    if (kr_parse_args(ts, type->name, args, nargs, kwnames, names, 2, 0, 2, a) < 0) {
        return NULL;
    }
    return kr_import_loader_new(ts, type, a[0], a[1]);
}

static KrObject *sl_exec_module(KrThread *ts, KrObject *self, KrObject *module) {
    KrObject *path = kr_import_obj_field(ts, self, "path");
    if (!path || !kr_str_check(path)) {
        kr_err_set_str(ts, &kr_exc_ImportError, "loader has no path");
        return NULL;
    }
    return kr_import_exec_source(ts, module, path) < 0 ? NULL : KR_NONE;
}

static KrObject *sl_get_filename(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    if (kr_check_positional(ts, "get_filename", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    (void)args;
    KrObject *p = kr_import_obj_field(ts, self, "path");
    return KR_INCREF(p ? p : KR_NONE);
}

static KrObject *sl_is_package(KrThread *ts, KrObject *self, KrObject *name) {
    (void)name;
    KrObject *p = kr_import_obj_field(ts, self, "path");
    size_t n;
    const char *s = p && kr_str_check(p) ? kr_str_utf8(ts, p, &n) : NULL;
    if (!s) {
        return kr_err_occurred(ts) ? NULL : KR_INCREF(KR_FALSE);
    }
    const char *slash = strrchr(s, '/');
    const char *base = slash ? slash + 1 : s;
    return KR_INCREF(KR_BOOL(strncmp(base, "__init__.", 9) == 0));
}

static KrObject *sl_get_code(KrThread *ts, KrObject *self, KrObject *name) {
    (void)name;
    KrObject *p = kr_import_obj_field(ts, self, "path");
    const char *s = p && kr_str_check(p) ? kr_str_utf8(ts, p, NULL) : NULL;
    if (!s) {
        return kr_err_occurred(ts) ? NULL : KR_NONE;
    }
    KrObject *dwb = kr_dict_get_item_str(ts, ts->vm->sys_dict, "dont_write_bytecode");
    int dont = dwb ? kr_is_true(ts, dwb) : 0;
    return dont < 0 ? NULL : kr_pyc_get_code(ts, s, !dont);
}

static KrObject *read_bytes(KrThread *ts, KrObject *path) {
    const char *s = kr_str_check(path) ? kr_str_utf8(ts, path, NULL) : NULL;
    if (!s) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "expected str, not %T", path);
        }
        return NULL;
    }
    size_t len;
    int err;
    char *data = kr_port_read_file(s, &len, &err);
    if (!data) {
        return kr_exc_raise_errno(ts, err, path, NULL);
    }
    KrObject *b = kr_bytes_from(ts, data, len);
    kr_port_free(data);
    return b;
}

static KrObject *sl_get_data(KrThread *ts, KrObject *self, KrObject *path) {
    (void)self;
    return read_bytes(ts, path);
}

static KrObject *sl_get_source(KrThread *ts, KrObject *self, KrObject *name) {
    (void)name;
    KrObject *p = kr_import_obj_field(ts, self, "path");
    KrObject *b = p ? read_bytes(ts, p) : NULL;
    if (!b) {
        return kr_err_occurred(ts) ? NULL : KR_NONE;
    }
    KrObject *s = kr_str_from_utf8(ts, KR_BYTES_DATA(b), (size_t)KR_BYTES_SIZE(b));
    KR_DECREF(ts, b);
    return s;
}

// importlib.resources' entry point: importlib.readers.FileReader over the
// module's directory, as CPython's FileLoader gives.
static KrObject *sl_get_resource_reader(KrThread *ts, KrObject *self, KrObject *name) {
    (void)name;
    KrObject *readers = kr_import_module(ts, "importlib.readers");
    KrObject *cls = readers ? kr_getattr_cstr(ts, readers, "FileReader") : NULL;
    KrObject *r = cls ? kr_call1(ts, cls, self) : NULL;
    KR_XDECREF(ts, cls);
    KR_XDECREF(ts, readers);
    return r;
}

static KrObject *loader_repr(KrThread *ts, KrObject *self) {
    KrObject *n = kr_import_obj_field(ts, self, "name");
    return kr_str_from_format(ts, "<%s %R>", KR_TYPE(self)->name, n ? n : KR_NONE);
}

static const KrMethodDef source_loader_methods[] = {
    {"create_module", return_none, KR_METH_O, false, false, NULL},
    {"exec_module", sl_exec_module, KR_METH_O, false, false, NULL},
    {"get_filename", sl_get_filename, KR_METH_VARARGS, false, false, NULL},
    {"is_package", sl_is_package, KR_METH_O, false, false, NULL},
    {"get_code", sl_get_code, KR_METH_O, false, false, NULL},
    {"get_data", sl_get_data, KR_METH_O, false, false, NULL},
    {"get_source", sl_get_source, KR_METH_O, false, false, NULL},
    {"get_resource_reader", sl_get_resource_reader, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_source_loader_type, "_frozen_importlib_external.SourceFileLoader", .new_ = loader_new, .repr = loader_repr,
              .methods = source_loader_methods);

static KrObject *return_true(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)ts;
    (void)self;
    (void)arg;
    return KR_INCREF(KR_TRUE);
}

static const KrMethodDef namespace_loader_methods[] = {
    {"create_module", return_none, KR_METH_O, false, false, NULL},
    {"exec_module", return_none, KR_METH_O, false, false, NULL},
    {"is_package", return_true, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_namespace_loader_type, "NamespaceLoader", .new_ = loader_new, .repr = loader_repr,
              .methods = namespace_loader_methods);
