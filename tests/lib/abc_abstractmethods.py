# __abstractmethods__ from the class's own namespace and inherited names
# that are still abstract; update_abstractmethods recomputes it.
import abc

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    def concrete(self): ...
print(sorted(A.__abstractmethods__), type(A.__abstractmethods__).__name__)
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    g = 3
    p = property(lambda self: 5)
print(C.__abstractmethods__, C().p)
class D(C):
    @abc.abstractmethod
    def h(self): ...
print(sorted(D.__abstractmethods__))
try:
    D()
except TypeError as e:
    print("TypeError", e)
# an attribute's __isabstractmethod__ is what counts
class Flag:
    def __init__(self, v): self.__isabstractmethod__ = v
class E(abc.ABC):
    a = Flag(1)
    b = Flag(0)
    c = Flag("")
print(sorted(E.__abstractmethods__))
class Bad:
    @property
    def __isabstractmethod__(self): raise ValueError("boom")
try:
    class F(abc.ABC):
        x = Bad()
except ValueError as e:
    print("ValueError", e)
# update_abstractmethods after filling in a method
class G(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
class H(G):
    pass
print(H.__abstractmethods__)
H.m = lambda self: "m"
abc.update_abstractmethods(H)
print(H.__abstractmethods__, H().m())
H.k = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(H)
print(H.__abstractmethods__)
print(abc.update_abstractmethods(int) is int)
