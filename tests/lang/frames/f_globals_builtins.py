# f_globals is the frame's module namespace, f_builtins the builtins dict.
import sys
import builtins
f = sys._getframe()
print(f.f_globals is globals(), f.f_builtins is builtins.__dict__)
ns = {"sys": sys}
exec("def g():\n    return sys._getframe()\nfr = g()\n", ns)
fr = ns["fr"]
print(fr.f_globals is ns, fr.f_globals is globals(), fr.f_code.co_name)
print(fr.f_builtins is builtins.__dict__)
own = {"sys": sys, "__builtins__": {"len": len}}
exec("x = sys._getframe()", own)
print(sorted(own["x"].f_builtins), own["x"].f_globals is own)
def func():
    return sys._getframe().f_globals
print(func() is globals())
