# ABCs mixed with other metaclasses: conflicts raise TypeError, a combined
# metaclass works, ABCMeta subclasses keep the machinery.
import abc, enum

class OtherMeta(type):
    pass
class O(metaclass=OtherMeta):
    pass
try:
    class Bad(abc.ABC, O):
        pass
except TypeError as e:
    print("TypeError", e)
class Both(abc.ABCMeta, OtherMeta):
    pass
class Good(abc.ABC, O, metaclass=Both):
    @abc.abstractmethod
    def f(self): ...
print(type(Good).__name__, Good.__abstractmethods__)
class Impl(Good):
    def f(self): return 1
print(isinstance(Impl(), O), isinstance(Impl(), Good), Impl().f())

# enum's metaclass conflicts with ABCMeta too
try:
    class E(abc.ABC, enum.Enum):
        A = 1
except TypeError as e:
    print("TypeError", e)

# an ABCMeta subclass that counts registrations
class Counting(abc.ABCMeta):
    count = 0
    def register(cls, sub):
        Counting.count += 1
        return super().register(sub)
class C(metaclass=Counting):
    pass
C.register(int)
C.register(str)
print(Counting.count, isinstance(1, C), isinstance("", C), isinstance(1.0, C))

# a plain class with ABCMeta as metaclass, created with type()-style call
D = abc.ABCMeta("D", (), {"g": abc.abstractmethod(lambda self: 0)})
print(D.__name__, D.__abstractmethods__, type(D._abc_impl).__name__)
try:
    D()
except TypeError as e:
    print("TypeError", e)
try:
    abc.ABCMeta("X", (3,), {})
except TypeError as e:
    print("TypeError", e)
class P(metaclass=abc.ABCMeta):
    __slots__ = ()
print(P.__abstractmethods__)
abc.ABCMeta("Y", (), {}, extra=1)
