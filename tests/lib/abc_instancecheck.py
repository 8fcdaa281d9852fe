# isinstance against ABCs: virtual subclasses, __class__ overrides, the
# cache shortcut, tuples of ABCs.
import abc

class A(abc.ABC):
    pass
class V:
    pass
A.register(V)
print(isinstance(V(), A), isinstance(object(), A), isinstance(V, A))
print(isinstance(V(), (int, A)), isinstance(3, (str, A)))

# an instance that lies about its __class__ is checked under both classes
class Liar:
    @property
    def __class__(self):
        return V
print(isinstance(Liar(), A), isinstance(Liar(), V), type(Liar()).__name__)
class Liar2:
    __class__ = int
print(isinstance(Liar2(), A))
A.register(Liar2)
print(isinstance(Liar2(), A))

# __subclasscheck__ of a custom ABCMeta is what instance checks consult
class Meta(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return super().__subclasscheck__(sub)
class M(metaclass=Meta):
    pass
class W:
    pass
print(isinstance(W(), M))
print(isinstance(W(), M))
M.register(W)
print(isinstance(W(), M), isinstance(W(), M))

# __class__ that is not a class
class Odd:
    __class__ = 3
try:
    print(isinstance(Odd(), A))
except TypeError as e:
    print("TypeError", e)
import _abc
try:
    _abc._abc_instancecheck(A)
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_subclasscheck(A, 3)
except TypeError as e:
    print("TypeError", e)
issubclass(3, A)
