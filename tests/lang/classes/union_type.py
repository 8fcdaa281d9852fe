# PEP 604 unions of classes (types.UnionType) and settable class __module__/__qualname__.
import types
u = int | str
print(u, type(u), u.__args__)
print(int | None | str, None | int)
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(int | int, (int | str) | (str | bytes))
print(list[int] | None)
print(type(u) is types.UnionType)
try:
    int | 3
except TypeError as e:
    print('TypeError', e)

class A:
    pass
A.__module__ = 'elsewhere'
A.__qualname__ = 'Outer.A'
print(A, A.__module__, A.__qualname__)
try:
    A.__qualname__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    int.__module__ = 'x'
except TypeError as e:
    print('TypeError', e)
class G(types.GenericAlias):
    pass
print(issubclass(G, types.GenericAlias))
