// SPDX-License-Identifier: MIT
// The bundled standard library: CPython's Lib/ compiled at build time by a
// stage-0 Krait (src/cli/bundler.c) and embedded in the binary; its path hook
// (BundleFinder) and loader (BundleLoader).
//
// The bundle's layout (all numbers little-endian uint32):
//   "KRSTDLIB"                 8 bytes
//   magic                      kr_pyc_magic() of the Krait that compiled it
//   count                      number of entries
//   count entries of 5 words   name_off, name_len, data_off, data_len, kind
//   names and data
// Entries are sorted by name (bytewise), so a lookup is a binary search over
// the embedded bytes: nothing is parsed at start-up. A name is a dotted module
// name ("json.decoder"); kind 0 is a module, 1 a package (its __init__), 2 a
// data file (the PSF LICENSE, under the name "LICENSE"). Module data is the
// marshalled module code object, as in a .pyc file after its header. A bundle
// whose magic is not this build's is ignored (as a stale .pyc would be).
#include <string.h>

#include "../object/code.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "import.h"
#include "marshal.h"
#include "pyc.h"

#define BUNDLE_HEADER 16
#define BUNDLE_ENTRY 20
#define PATH_LEN (sizeof KRAIT_STDLIB_BUNDLE_PATH - 1)

enum { KIND_MODULE, KIND_PACKAGE, KIND_DATA };

typedef struct Entry {
    const char *name;
    size_t name_len;
    const char *data;
    size_t data_len;
    uint32_t kind;
} Entry;

static uint32_t get_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

// The number of entries, 0 for an empty, damaged or foreign bundle.
static uint32_t bundle_count(void) {
    const unsigned char *b = kr_stdlib_bundle;
    size_t size = kr_stdlib_bundle_size;
    if (size < BUNDLE_HEADER || memcmp(b, "KRSTDLIB", 8) != 0 || get_u32(b + 8) != kr_pyc_magic()) {
        return 0;
    }
    uint32_t n = get_u32(b + 12);
    return (size - BUNDLE_HEADER) / BUNDLE_ENTRY < n ? 0 : n;
}

// Entry i, or false when its offsets point outside the bundle.
static bool bundle_entry(uint32_t i, Entry *e) {
    const unsigned char *p = kr_stdlib_bundle + BUNDLE_HEADER + (size_t)i * BUNDLE_ENTRY;
    size_t size = kr_stdlib_bundle_size;
    uint32_t noff = get_u32(p), nlen = get_u32(p + 4), doff = get_u32(p + 8), dlen = get_u32(p + 12);
    if (noff > size || nlen > size - noff || doff > size || dlen > size - doff) {
        return false;
    }
    e->name = (const char *)kr_stdlib_bundle + noff;
    e->name_len = nlen;
    e->data = (const char *)kr_stdlib_bundle + doff;
    e->data_len = dlen;
    e->kind = get_u32(p + 16);
    return true;
}

// Binary search for a name; false when the bundle lacks it.
static bool bundle_find(const char *name, size_t len, Entry *out) {
    uint32_t lo = 0, hi = bundle_count();
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        Entry e;
        if (!bundle_entry(mid, &e)) {
            return false;
        }
        size_t n = e.name_len < len ? e.name_len : len;
        int c = memcmp(e.name, name, n);
        if (c == 0) {
            c = e.name_len < len ? -1 : e.name_len > len ? 1 : 0;
        }
        if (c == 0) {
            *out = e;
            return true;
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return false;
}

KrObject *kr_import_bundle_license(KrThread *ts) {
    Entry e;
    if (!bundle_find("LICENSE", 7, &e) || e.kind != KIND_DATA) {
        return KR_INCREF(KR_NONE);
    }
    return kr_str_from_utf8(ts, e.data, e.data_len);
}

// A bundled module or package (not a data file) named by the str `name`.
static bool find_module(KrThread *ts, KrObject *name, Entry *e) {
    size_t n;
    const char *s = kr_str_utf8(ts, name, &n);
    if (!s) {
        kr_err_clear(ts);
        return false;
    }
    return bundle_find(s, n, e) && e->kind != KIND_DATA;
}

// KRAIT_STDLIB_BUNDLE_PATH "/a/b" + suffix for the dotted name "a.b".
static KrObject *bundle_path(KrThread *ts, KrObject *dotted, const char *suffix) {
    size_t n;
    const char *s = kr_str_utf8(ts, dotted, &n);
    size_t slen = strlen(suffix);
    char *buf = s ? kr_mem_alloc(ts, PATH_LEN + 1 + n + slen + 1) : NULL;
    if (!buf) {
        return NULL;
    }
    memcpy(buf, KRAIT_STDLIB_BUNDLE_PATH "/", PATH_LEN + 1);
    for (size_t i = 0; i < n; i++) {
        buf[PATH_LEN + 1 + i] = s[i] == '.' ? '/' : s[i];
    }
    memcpy(buf + PATH_LEN + 1 + n, suffix, slen + 1);
    KrObject *r = kr_str_from_utf8(ts, buf, PATH_LEN + 1 + n + slen);
    kr_mem_free(ts, buf);
    return r;
}

// ---- BundleFinder: the bundle's sys.path entry and its package directories ----------

// BundleFinder(path): ImportError unless path is the bundle or a directory in it.
static KrObject *finder_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "BundleFinder", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    KrObject *path = args[0];
    size_t n = 0;
    const char *s = kr_str_check(path) ? kr_str_utf8(ts, path, &n) : NULL;
    if (!s && kr_err_occurred(ts)) {
        return NULL;
    }
    bool ours = s && n >= PATH_LEN && memcmp(s, KRAIT_STDLIB_BUNDLE_PATH, PATH_LEN) == 0 &&
                (n == PATH_LEN || (s[PATH_LEN] == '/' && n > PATH_LEN + 1));
    if (!ours || bundle_count() == 0) {
        KrObject *msg = kr_str_from_cstr(ts, "not the bundled standard library");
        if (msg) {
            kr_import_error(ts, &kr_exc_ImportError, msg, NULL, kr_str_check(path) ? path : NULL);
            KR_DECREF(ts, msg);
        }
        return NULL;
    }
    // The dotted package prefix of a directory: ".../krait311.bundle/json" -> "json.".
    char *prefix = kr_mem_alloc(ts, n - PATH_LEN + 1);
    if (!prefix) {
        return NULL;
    }
    size_t plen = 0;
    for (size_t i = PATH_LEN + 1; i < n; i++) {
        prefix[plen++] = s[i] == '/' ? '.' : s[i];
    }
    if (plen > 0) {
        prefix[plen++] = '.';
    }
    KrObject *pobj = kr_str_from_utf8(ts, prefix, plen);
    kr_mem_free(ts, prefix);
    KrObject *finder = pobj ? kr_import_obj_new(ts, type) : NULL;
    if (finder && (kr_import_obj_set(ts, finder, "path", path) < 0 || kr_import_obj_set(ts, finder, "prefix", pobj) < 0)) {
        KR_CLEAR(ts, finder);
    }
    KR_XDECREF(ts, pobj);
    return finder;
}

static KrObject *make_spec(KrThread *ts, KrObject *fullname, KrObject *key, bool package) {
    KrObject *origin = bundle_path(ts, key, package ? "/__init__.py" : ".py");
    KrObject *dir = origin && package ? bundle_path(ts, key, "") : NULL;
    KrObject *locations = dir ? kr_list_from_array(ts, &dir, 1) : NULL;
    KrObject *loader = origin && (locations || !package) ? kr_import_obj_new(ts, &kr_bundle_loader_type) : NULL;
    KrObject *spec = NULL;
    if (loader && kr_import_obj_set(ts, loader, "name", fullname) == 0 &&
        kr_import_obj_set(ts, loader, "path", origin) == 0 && kr_import_obj_set(ts, loader, "key", key) == 0) {
        spec = kr_import_spec_new(ts, fullname, loader, origin, locations, true);
        // There is no .pyc for a bundled module: the bundle is the cache.
        if (spec && kr_import_obj_set(ts, spec, "cached", NULL) < 0) {
            KR_CLEAR(ts, spec);
        }
    }
    KR_XDECREF(ts, origin);
    KR_XDECREF(ts, dir);
    KR_XDECREF(ts, locations);
    KR_XDECREF(ts, loader);
    return spec;
}

// find_spec(fullname, target=None): the last part of fullname, looked up under this finder's package.
static KrObject *finder_find_spec(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    static const char *const names[] = {"fullname", "target", NULL};
    KrObject *a[2] = {NULL};
    if (kr_parse_args(ts, "find_spec", args, nargs, kwnames, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    KrObject *prefix = kr_import_obj_field(ts, self, "prefix");
    if (!kr_str_check(a[0]) || !prefix || !kr_str_check(prefix)) {
        KR_RETURN_NONE;
    }
    KrObject *dot = kr_str_from_codepoint(ts, '.');
    if (!dot) {
        return NULL;
    }
    intptr_t i = kr_str_find(a[0], dot, 0, KR_STR_LEN(a[0]), true);
    KR_DECREF(ts, dot);
    KrObject *tail = kr_str_substr(ts, a[0], i + 1, KR_STR_LEN(a[0]));
    KrObject *key = tail ? kr_str_from_format(ts, "%U%U", prefix, tail) : NULL;
    KR_XDECREF(ts, tail);
    if (!key) {
        return NULL;
    }
    Entry e;
    KrObject *spec = find_module(ts, key, &e) ? make_spec(ts, a[0], key, e.kind == KIND_PACKAGE) : KR_NONE;
    KR_DECREF(ts, key);
    return spec;
}

static KrObject *finder_invalidate(KrThread *ts, KrObject *self) {
    (void)self;
    KR_RETURN_NONE;
}

static KrObject *finder_repr(KrThread *ts, KrObject *self) {
    KrObject *p = kr_import_obj_field(ts, self, "path");
    return kr_str_from_format(ts, "BundleFinder(%R)", p ? p : KR_NONE);
}

static const KrMethodDef finder_methods[] = {
    {"find_spec", finder_find_spec, KR_METH_VARARGS, false, false, NULL},
    {"invalidate_caches", finder_invalidate, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_bundle_finder_type, "BundleFinder", .new_ = finder_new, .repr = finder_repr,
                 .methods = finder_methods);

// ---- BundleLoader -------------------------------------------------------------------

// The bundle entry this loader loads (its "key" field); ImportError when it has none.
static bool loader_entry(KrThread *ts, KrObject *self, Entry *e) {
    KrObject *key = kr_import_obj_field(ts, self, "key");
    if (key && kr_str_check(key) && find_module(ts, key, e)) {
        return true;
    }
    if (!kr_err_occurred(ts)) {
        kr_err_format(ts, &kr_exc_ImportError, "%R is not in the bundled standard library", key ? key : KR_NONE);
    }
    return false;
}

static KrObject *loader_get_code(KrThread *ts, KrObject *self, KrObject *name) {
    (void)name;
    Entry e;
    if (!loader_entry(ts, self, &e)) {
        return NULL;
    }
    size_t used = 0;
    KrObject *code = kr_marshal_loads(ts, e.data, e.data_len, &used);
    if (code && (KR_TYPE(code) != &kr_code_type || used != e.data_len)) {
        KR_DECREF(ts, code);
        kr_err_set_str(ts, &kr_exc_ImportError, "bad code object in the bundled standard library");
        return NULL;
    }
    return code;
}

static KrObject *loader_exec_module(KrThread *ts, KrObject *self, KrObject *module) {
    KrObject *code = loader_get_code(ts, self, NULL);
    if (!code) {
        return NULL;
    }
    int rc = kr_import_exec_code(ts, module, code);
    KR_DECREF(ts, code);
    return rc < 0 || kr_pyc_fix_importlib(ts, module) < 0 ? NULL : KR_NONE;
}

static KrObject *loader_create_module(KrThread *ts, KrObject *self, KrObject *spec) {
    (void)self;
    (void)spec;
    KR_RETURN_NONE;
}

static KrObject *loader_is_package(KrThread *ts, KrObject *self, KrObject *name) {
    (void)name;
    Entry e;
    if (!loader_entry(ts, self, &e)) {
        return NULL;
    }
    return KR_INCREF(KR_BOOL(e.kind == KIND_PACKAGE));
}

// The bundle holds no source: tracebacks and inspect show no lines, as for a sourceless .pyc.
static KrObject *loader_get_source(KrThread *ts, KrObject *self, KrObject *name) {
    return loader_create_module(ts, self, name);
}

static KrObject *loader_get_filename(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                     KrObject *kwnames) {
    (void)args;
    if (kr_check_positional(ts, "get_filename", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    KrObject *p = kr_import_obj_field(ts, self, "path");
    return KR_INCREF(p ? p : KR_NONE);
}

static KrObject *loader_repr(KrThread *ts, KrObject *self) {
    KrObject *n = kr_import_obj_field(ts, self, "name");
    return kr_str_from_format(ts, "<BundleLoader %R>", n ? n : KR_NONE);
}

static const KrMethodDef loader_methods[] = {
    {"create_module", loader_create_module, KR_METH_O, false, false, NULL},
    {"exec_module", loader_exec_module, KR_METH_O, false, false, NULL},
    {"get_code", loader_get_code, KR_METH_O, false, false, NULL},
    {"is_package", loader_is_package, KR_METH_O, false, false, NULL},
    {"get_source", loader_get_source, KR_METH_O, false, false, NULL},
    {"get_filename", loader_get_filename, KR_METH_VARARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KR_IMPORTER_TYPE(kr_bundle_loader_type, "BundleLoader", .repr = loader_repr, .methods = loader_methods);
