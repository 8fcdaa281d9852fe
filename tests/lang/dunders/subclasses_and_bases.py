# __subclasses__, __base__ and __bases__ of builtin and user classes
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(sorted(c.__name__ for c in A.__subclasses__()), [c.__name__ for c in B.__subclasses__()])
print(D.__base__.__name__, [b.__name__ for b in D.__bases__], object.__base__, object.__bases__)
print(bool.__base__, int.__bases__, type.__base__, bool.__subclasses__())
print(A.__subclasses__.__name__)
class E(int, A): pass
print(E.__base__, E.__mro__)
