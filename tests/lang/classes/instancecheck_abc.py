# ABC registration and __subclasshook__ drive isinstance/issubclass
from abc import ABC, abstractmethod
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('size' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class HasSize:
    def size(self): return 1
print(issubclass(HasSize, Sized), isinstance(HasSize(), Sized), issubclass(int, Sized))
class Base(ABC):
    @abstractmethod
    def run(self): ...
Base.register(list)
print(issubclass(list, Base), isinstance([], Base), issubclass(tuple, Base))
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def run(self): return 'ran'
print(Impl().run())
class Two(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
Two()
