# ImportError / ModuleNotFoundError messages and attributes.
import sys

here = __file__.rpartition("/")[0]


def rel(p):
    return p.replace(here, ".") if isinstance(p, str) else p


def t(f):
    try:
        f()
        print("no error")
    except ImportError as e:
        print(type(e).__name__, rel(str(e)), e.name, rel(e.path))
    except Exception as e:
        print(type(e).__name__, rel(str(e)))


def imp(src):
    return lambda: exec(src, {"__name__": "__main__"})


t(imp("import no_such_module_xyz"))
t(imp("import _pkg.no_such"))
t(imp("import _pkg._mod.deeper"))
t(imp("from _pkg import no_such_name"))
t(imp("from _pkg._mod import nope"))
t(imp("from marshal import nope"))
t(imp("from . import x"))
t(imp("from .x import y"))
t(imp("import _pkg._beyond"))
t(lambda: __import__(""))
t(lambda: __import__(5))
t(lambda: __import__("x", level=-1))
t(lambda: __import__("x", None, None, [], 1))
t(lambda: __import__("_pkg", fromlist=[1]))

# A module that raises is removed from sys.modules; the error propagates.
t(imp("import _raises"))
print("_raises" in sys.modules)
t(imp("import _raises"))

# None in sys.modules stops an import.
sys.modules["blocked_mod"] = None
t(imp("import blocked_mod"))

# Circular imports: a name not yet defined in a partially initialised module.
t(imp("import _circ_a"))
print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
# ... while attribute access at call time works.
import _circ_ok_a
print(_circ_ok_a.fa())
