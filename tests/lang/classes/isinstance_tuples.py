# isinstance/issubclass with tuples (nested), bools and unions
print(isinstance(1, (str, (float, int))), isinstance('s', ()), isinstance(True, int))
print(issubclass(bool, (str, (list, int))), issubclass(int, ()))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
print(isinstance(3, int | str), issubclass(bool, int | None))
class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), issubclass(B, (B,)), issubclass(A, B))
