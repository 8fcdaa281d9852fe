# ABCMeta as a metaclass: abstract methods, register, virtual subclasses
import abc
class Shape(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
print(sorted(Shape.__abstractmethods__), type(Shape).__name__)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(e)
class Full(Sq):
    name = 'full'
print(Full().area(), Full().name, Full.__abstractmethods__)
@Shape.register
class Virtual: pass
print(issubclass(Virtual, Shape), Shape in Virtual.__mro__, isinstance(Virtual(), Shape))
