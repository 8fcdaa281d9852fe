// SPDX-License-Identifier: MIT
// The import system: sys.modules, sys.meta_path finders, sys.path entries
// through sys.path_hooks / sys.path_importer_cache, packages, relative imports.
//
// It follows importlib._bootstrap's algorithm, written in C: the objects it
// puts in sys.meta_path (BuiltinImporter, PathFinder), sys.path_hooks
// (FileFinder) and on modules (ModuleSpec, SourceFileLoader, NamespaceLoader)
// have the find_spec / create_module / exec_module methods importlib expects,
// and finders or loaders written in Python work beside them.
//
// sys.path is: the script's directory (or '' for -c, stdin and the REPL),
// the PYTHONPATH entries, KRAIT_STDLIB_BUNDLE_PATH, then KRAIT_SITE_PACKAGES.
// The bundled standard library (import_bundle.c) is not a directory on disk:
// that pseudo-path entry is claimed by BundleFinder, the first hook on
// sys.path_hooks (a hook is tried on every entry; BundleFinder raises
// ImportError for any other entry, and FileFinder for what is not a directory).
#ifndef KR_IMPORT_H
#define KR_IMPORT_H

#include <stddef.h>

#include "vm.h"

// KRAIT_STDLIB_BUNDLE_PATH (krait.h) is the bundle's sys.path entry. After it
// comes this directory for third-party pure-Python packages, when it exists
// (as site.py adds site-packages only if it is there).
#define KRAIT_SITE_PACKAGES "/usr/local/lib/krait3.11/site-packages"

// Fills sys.path, sys.meta_path, sys.path_hooks, sys.path_importer_cache and
// sys.dont_write_bytecode (from -B / PYTHONDONTWRITEBYTECODE), and gives sys
// and builtins their __spec__ and __loader__.
int kr_import_init(KrThread *ts);

// Makes sys.path[0] the directory of the script being run (an absolute path).
int kr_import_set_script_dir(KrThread *ts, const char *script_path);

// __import__(name, globals, locals, fromlist, level): what IMPORT_NAME does.
// globals may be NULL (then only absolute imports work).
KrObject *kr_import_module_level(KrThread *ts, KrObject *name, KrObject *globals, KrObject *fromlist, int level);

// `from module import name` (IMPORT_FROM): the attribute, else the submodule
// module.name from sys.modules, else CPython's ImportError.
KrObject *kr_import_from(KrThread *ts, KrObject *module, KrObject *name);

// import name (absolute, dotted allowed); returns the named module itself.
KrObject *kr_import_module(KrThread *ts, const char *name);
// The text of the bundle's LICENSE entry (CPython's PSF License), or None.
KrObject *kr_import_bundle_license(KrThread *ts);
// The site step's builtins: exit, quit, copyright, credits, license.
int kr_import_site_builtins(KrThread *ts);

// ---- import_spec.c: the importer objects ----------------------------------

extern KrType kr_module_spec_type, kr_builtin_importer_type, kr_path_finder_type, kr_file_finder_type,
    kr_source_loader_type, kr_namespace_loader_type;

// A ModuleSpec. origin, locations (submodule_search_locations) and cached
// may be NULL (None). has_location sets __file__ from origin at load time.
KrObject *kr_import_spec_new(KrThread *ts, KrObject *name, KrObject *loader, KrObject *origin, KrObject *locations,
                             bool has_location);
// A SourceFileLoader / FileFinder instance.
KrObject *kr_import_loader_new(KrThread *ts, KrType *type, KrObject *name, KrObject *path);
// Executes a module from a source file (SourceFileLoader.exec_module).
int kr_import_exec_source(KrThread *ts, KrObject *module, KrObject *path);
// Runs a module's code object in the module's namespace (adding __builtins__).
int kr_import_exec_code(KrThread *ts, KrObject *module, KrObject *code);
// The spec `import name` would use (importing the parent packages first), or
// None; what importlib.util.find_spec and `krait -m` use.
KrObject *kr_import_find_spec(KrThread *ts, KrObject *name);

// Importer objects keep their state in their __dict__ (import_spec.c), so
// Python code sees loader.name, spec.origin, ... as importlib's attributes.
typedef struct KrImporter {
    KrObject base;
    KrObject *dict;
} KrImporter;

void kr_import_obj_dealloc(KrThread *ts, KrObject *o);
void kr_import_obj_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg);
int kr_import_obj_clear(KrThread *ts, KrObject *o);
// A new importer object of `type` (a KR_IMPORTER_TYPE) with an empty __dict__.
KrObject *kr_import_obj_new(KrThread *ts, KrType *type);
// A field of the importer's __dict__ (borrowed), or NULL; setting NULL stores None.
KrObject *kr_import_obj_field(KrThread *ts, KrObject *o, const char *name);
int kr_import_obj_set(KrThread *ts, KrObject *o, const char *name, KrObject *v);

#define KR_IMPORTER_TYPE(var, tname, ...)                                   \
    KrType var = {                                                          \
        .base = KR_STATIC_HEAD(&kr_type_type),                              \
        .name = tname,                                                      \
        .basicsize = sizeof(KrImporter),                                    \
        .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,          \
        .base_type = &kr_object_type,                                       \
        .dictoffset = offsetof(KrImporter, dict),                           \
        .dealloc = kr_import_obj_dealloc,                                   \
        .traverse = kr_import_obj_traverse,                                 \
        .clear = kr_import_obj_clear,                                       \
        __VA_ARGS__}

// ---- import_bundle.c: the bundled standard library -------------------------

// The bundle's bytes: a generated file (from krait_bundler, see src/lib/README.md)
// defines them, or src/lib/stdlib_none.c (an empty bundle) in the stage-0 build.
extern const unsigned char kr_stdlib_bundle[];
extern const size_t kr_stdlib_bundle_size;

// BundleFinder: the path hook for KRAIT_STDLIB_BUNDLE_PATH and the package
// directories under it; BundleLoader: loads a bundled module's code.
extern KrType kr_bundle_finder_type, kr_bundle_loader_type;
// Raises ImportError (or a subclass) with .name and .path set; path may be NULL.
void kr_import_error(KrThread *ts, KrType *type, KrObject *msg, KrObject *name, KrObject *path);

#endif
