# A second import of a module loads its cached code without compiling
# (Krait counts compilations in sys._krait_compile_count; CPython prints the same).
import sys

sys.dont_write_bytecode = False
count = lambda: getattr(sys, "_krait_compile_count", 0)
import _pkg._mod

print(_pkg._mod.f())
for name in ["_pkg._mod", "_pkg"]:
    del sys.modules[name]
before = count()
import _pkg._mod

print(_pkg._mod.f(), count() - before)
# With writing turned off nothing changes either way.
sys.dont_write_bytecode = True
del sys.modules["_pkg._mod"]
import _pkg._mod

print(_pkg._mod.f(), count() - before)
