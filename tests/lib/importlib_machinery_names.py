# importlib.machinery's names, importlib.invalidate_caches, and the classes
# the import system puts in sys.meta_path.
import importlib
import importlib.machinery as m
import sys

print(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES, m.DEBUG_BYTECODE_SUFFIXES, m.OPTIMIZED_BYTECODE_SUFFIXES)
print('.py' in m.all_suffixes(), '.pyc' in m.all_suffixes(), type(m.EXTENSION_SUFFIXES).__name__)
for name in ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'PathFinder', 'FileFinder',
             'SourceFileLoader', 'SourcelessFileLoader', 'ExtensionFileLoader', 'NamespaceLoader']:
    print(name, isinstance(getattr(m, name), type), getattr(m, name).__name__)
print(importlib.invalidate_caches())
print(type(sys.path_importer_cache).__name__, type(sys.path_hooks).__name__)
spec = m.ModuleSpec('mach_demo', None, origin='somewhere', is_package=True)
print(spec.name, spec.origin, spec.submodule_search_locations, spec.parent, spec.has_location)
spec2 = m.ModuleSpec('a.b.c', None)
print(spec2.parent, spec2.submodule_search_locations, spec2.cached)
print(m.BuiltinImporter.find_spec('sys').name, m.BuiltinImporter.find_spec('no_such_builtin'))
print(m.PathFinder.find_spec('json').name, m.PathFinder.find_spec('no_such_thing_pf'))
