# Smaller importlib.util helpers: resolve_name, spec_from_loader,
# module_from_spec with a loader's create_module, decode_source.
import importlib.util
import importlib.machinery
import types


class Loader:
    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.CREATED = True
        return m

    def exec_module(self, module):
        module.EXECUTED = module.__name__

    def is_package(self, name):
        return name.endswith('pkg')


print(importlib.util.resolve_name('json', None), importlib.util.resolve_name('.x', 'a.b'))
print(importlib.util.resolve_name('..x', 'a.b'), importlib.util.resolve_name('.', 'a'))
spec = importlib.util.spec_from_loader('made.here', Loader())
print(spec.name, spec.parent, spec.submodule_search_locations, type(spec.loader).__name__)
pspec = importlib.util.spec_from_loader('some_pkg', Loader())
print(pspec.submodule_search_locations, pspec.parent)
m = importlib.util.module_from_spec(spec)
print(m.CREATED, m.__name__, m.__loader__ is spec.loader, m.__package__)
spec.loader.exec_module(m)
print(m.EXECUTED)
print(repr(importlib.util.decode_source(b'x = "\xc3\xa9"\r\ny = 2\r\n')))
print(repr(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')))
print(importlib.util.spec_from_loader('nl', None))
