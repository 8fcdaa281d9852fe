import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @classmethod
    @abc.abstractmethod
    def cm(cls): ...
    @staticmethod
    @abc.abstractmethod
    def sm(): ...
try:
    A()
except TypeError as e:
    print("TypeError", e)
print(sorted(A.__abstractmethods__), A.cm.__isabstractmethod__, A.__dict__["sm"].__isabstractmethod__)
class B(A):
    def f(self): return "f"
    @classmethod
    def cm(cls): return "cm"
    @staticmethod
    def sm(): return "sm"
print(B().f(), B.cm(), B.sm(), B.__abstractmethods__)
try:
    abc.ABC.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, A)
except TypeError as e:
    print("TypeError", e)
class Meta(abc.ABCMeta): pass
class C(metaclass=Meta):
    @abc.abstractmethod
    def g(self): ...
try:
    C()
except TypeError as e:
    print("TypeError", e)
class D(C):
    pass
D.g = lambda self: 1
try:
    D()
except TypeError as e:
    print("TypeError still abstract")
abc.update_abstractmethods(D)
print(D().g(), type(A).__name__, abc.ABCMeta._dump_registry is not None)
