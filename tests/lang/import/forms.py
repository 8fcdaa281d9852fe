# Every import form: dotted, as, from, relative (in _pkg/_sub), __import__, namespace packages.
import sys

here = __file__.rpartition("/")[0]


def rel(p):
    return p.replace(here, ".") if isinstance(p, str) else p


import _pkg._sub
print(_pkg._sub.X, _pkg._sub._leaf.leaf(), _pkg._sub.f(), _pkg._sub.leaf_fn())
import _pkg._mod as pm
print(pm.f(), pm.__name__, pm.__package__, rel(pm.__file__))
print(pm.__spec__.name, pm.__spec__.parent, pm.__spec__.has_location, rel(pm.__spec__.origin))
print(pm.__spec__.submodule_search_locations, pm.__loader__ is pm.__spec__.loader)
print(pm.__cached__.endswith(".pyc"), "__pycache__" in pm.__cached__, pm.__cached__ == pm.__spec__.cached)
print(_pkg.__name__, _pkg.__package__, rel(_pkg.__file__), [rel(p) for p in _pkg.__path__])
print(_pkg.__spec__.parent, _pkg._sub.__spec__.parent, _pkg._sub._leaf.__package__)
from _pkg._sub._leaf import leaf
print(leaf())
from _pkg import _mod, X as renamed
print(_mod is pm, renamed)
import _pkg._sub._leaf as deep
print(deep.__name__, deep is _pkg._sub._leaf)
print("_pkg._sub._leaf" in sys.modules, sys.modules["_pkg._mod"] is pm)

# __import__ returns the top package without a fromlist, the module itself with one.
print(__import__("_pkg._sub").__name__, __import__("_pkg._sub", fromlist=["x"]).__name__)
print(__import__("_pkg", fromlist=["_mod"])._mod is pm)
print(__import__("_sub", globals={"__package__": "_pkg"}, level=1).__name__)

# Namespace packages: a directory without __init__.py.
from _nsp._inner import _m
import _nsp
print(_m.Y, _m.__package__, _nsp.__file__, _nsp.__spec__.origin, [rel(p) for p in _nsp.__path__])
print(_nsp._inner.__name__, _nsp.__spec__.parent)

# Builtin modules are found by name first.
import marshal
import sys as system
print(system is sys, marshal.__name__, marshal.__spec__.origin, sys.__spec__.origin, sys.__package__)
print(type(sys.meta_path), type(sys.path_hooks), type(sys.path_importer_cache))
print(rel(sys.path[0]), isinstance(sys.path, list))
