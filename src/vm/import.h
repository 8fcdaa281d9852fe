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
// the PYTHONPATH entries, then KRAIT_STDLIB_DIR. A bundled standard library
// that is not a directory on disk is added by putting a pseudo-path entry on
// sys.path and a hook for it on sys.path_hooks (a hook is tried on every
// entry; FileFinder raises ImportError for what is not a directory).
#ifndef KR_IMPORT_H
#define KR_IMPORT_H

#include "vm.h"

// Where the standard library's .py files are looked for (a placeholder until
// Krait bundles CPython's Lib/): the last entry of sys.path.
#ifndef KRAIT_STDLIB_DIR
#define KRAIT_STDLIB_DIR "/usr/local/lib/krait3.11"
#endif

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
// Raises ImportError (or a subclass) with .name and .path set; path may be NULL.
void kr_import_error(KrThread *ts, KrType *type, KrObject *msg, KrObject *name, KrObject *path);

#endif
