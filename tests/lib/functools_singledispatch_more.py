import functools
from collections.abc import Sequence, Mapping
from typing import Union
@functools.singledispatch
def kind(x): return "object"
@kind.register
def _(x: Sequence): return "sequence"
@kind.register
def _(x: Mapping): return "mapping"
@kind.register(str)
def _(x): return "str"
@kind.register
def _(x: Union[int, float]): return "number"
for v in [[1], (1,), {}, "s", 1, 2.5, None, b"b", True]:
    print(type(v).__name__, kind(v))
print(kind.dispatch(list).__name__, kind.registry.keys() >= {object, str})
class A: pass
class B(A): pass
kind.register(A, lambda x: "A")
print(kind(B()), kind(A()))
kind.register(B, lambda x: "B")
print(kind(B()))
try:
    kind()
except TypeError as e:
    print("TypeError", e)
try:
    kind.register(int, 5)
except TypeError as e:
    print("TypeError", str(e)[:40])
