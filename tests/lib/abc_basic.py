import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def hello(self):
        return "hello " + self.name

try:
    Base()
except TypeError as e:
    print("TypeError", e)

class Half(Base):
    def run(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)

class Full(Half):
    @property
    def name(self): return "full"
f = Full()
print(f.run(), f.hello(), isinstance(f, Base))
print(sorted(Base.__abstractmethods__), Full.__abstractmethods__)

class Other: pass
Base.register(Other)
print(isinstance(Other(), Base), issubclass(Other, Base))
print(abc.get_cache_token() is not None)

class M(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, M), issubclass(int, M))
r = M.register(int)
print(r is int, issubclass(int, M), issubclass(bool, M))
try:
    M.register(3)
except TypeError as e:
    print("TypeError", e)
class X:
    def f(self): pass
    f = abc.abstractmethod(f)
print(X.f.__isabstractmethod__)
abc.update_abstractmethods(X)
print(getattr(X, "__abstractmethods__", None))
