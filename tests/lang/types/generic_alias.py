# PEP 585 generic aliases of builtin classes, and subclassing GenericAlias.
import types

for alias in (list[int], dict[str, list[int]], tuple[int, ...], set[bytes], frozenset[str], type(None)):
    print(alias)
a = list[int]
print(a.__origin__, a.__args__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a(), a([1, 2]), type(a) is types.GenericAlias)
print(types.GenericAlias(dict, (str, int)))


class MyAlias(types.GenericAlias):
    def __repr__(self):
        return "MyAlias:" + super().__repr__()


m = MyAlias(list, (int,))
print(m, m == list[int], m.__origin__)
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
