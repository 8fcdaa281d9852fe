import inspect
def f(a, b: int = 2, /, c=3, *args, d, e=5, **kw) -> str:
    return "x"
sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is p.empty, p.annotation)
print(sig.return_annotation)
b = sig.bind(1, d=4)
b.apply_defaults()
print(b.arguments)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.signature(lambda x, *, y=1: None))
class C:
    def m(self, x, y=2): pass
print(inspect.signature(C().m), inspect.signature(C.m))
print(inspect.getfullargspec(f))
