# A class registered with a subclass of an ABC is a subclass of the ABC
# (found through __subclasses__); a metaclass whose __subclasses__ returns a
# non-list is an error.
import abc

class Base(abc.ABC):
    pass
class Child(Base):
    pass
class GrandChild(Child):
    pass
class V:
    pass
GrandChild.register(V)
print(issubclass(V, Base), issubclass(V, Child), isinstance(V(), Base))

class Meta(abc.ABCMeta):
    def __subclasses__(cls):
        return ("not", "a", "list")
class Odd(metaclass=Meta):
    pass
class W:
    pass
try:
    issubclass(W, Odd)
except TypeError as e:
    print("TypeError", e)

class Meta2(abc.ABCMeta):
    def __subclasses__(cls):
        return [int, str]
class Listy(metaclass=Meta2):
    pass
print(issubclass(bool, Listy), issubclass(float, Listy))

class Meta3(abc.ABCMeta):
    def __subclasses__(cls):
        raise LookupError("no subclasses")
class Fails(metaclass=Meta3):
    pass
issubclass(W, Fails)
