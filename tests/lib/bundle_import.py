# Modules of the bundled standard library import like files on sys.path: __name__,
# __file__, __spec__, sys.modules, `from m import name` and its ImportError, reload.
import sys
import heapq, keyword
from bisect import insort, bisect_left as bl

print(heapq.__name__, heapq.__package__ == "", heapq.__spec__.name, heapq.__spec__.origin == heapq.__file__)
print(heapq.__spec__.submodule_search_locations, heapq.__spec__.has_location, heapq.__file__.endswith("/heapq.py"))
print(sys.modules["keyword"] is keyword, insort.__name__, bl.__name__)
print(heapq.__loader__.get_source("heapq") is None or "def heappush" in heapq.__loader__.get_source("heapq"))
print(heapq.__loader__.is_package("heapq"))
try:
    from keyword import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
# A module removed from sys.modules is loaded again (a new module object).
import token
old = sys.modules.pop("token")
import token as t2
print(t2 is old, t2.NAME == old.NAME, sys.modules["token"] is t2)
# __import__ and the import statement inside a function.
def f():
    import colorsys as c
    return c.rgb_to_hsv(1, 0, 0)
print(f(), __import__("stat").S_IFDIR)
# Bundled modules are compiled at build time: importing one compiles nothing
# (Krait counts compilations in sys._krait_compile_count; CPython has no such counter).
before = getattr(sys, "_krait_compile_count", 0)
import opcode, _compat_pickle
print(getattr(sys, "_krait_compile_count", 0) - before)
