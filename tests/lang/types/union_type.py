# PEP 604 unions: int | str, with isinstance/issubclass, equality and repr.
import types
class C: pass
print(int | str, int | None, repr(None | int), int | C, list[int] | None, (int | str) | bytes, int | int, (int|str) == (str|int), hash(int|str) == hash(str|int))
print((int|str).__args__, (int | str).__parameters__, type(int|str).__module__, type(int|str).__name__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
try: int | 3
except TypeError as e: print(e)
try: isinstance(3, list[int] | str)
except TypeError as e: print(e)
print(types.UnionType, types.GenericAlias, types.SimpleNamespace)
print(isinstance(None, int | None), (int | str | None).__args__)
