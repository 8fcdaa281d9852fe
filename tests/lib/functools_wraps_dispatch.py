import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def greet(name: str) -> str:
    """Say hi."""
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__annotations__, greet.__wrapped__.__name__)
@functools.singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
class A:
    @functools.singledispatchmethod
    def m(self, x): return "any"
    @m.register
    def _(self, x: str): return "str"
print(A().m(1), A().m("s"))
try:
    @show.register
    def _(x): return 0
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
