# _abc._abc_init called directly on unusual objects: the namespace comes from
# __dict__, bases from __bases__, and errors surface as CPython's.
import _abc, abc

class NS:
    def __init__(self, items, bases=()):
        self._items = items
        self.__bases__ = bases
    @property
    def __dict__(self):
        outer = self
        class M:
            def items(self):
                return outer._items
        return M()

class Abs:
    __isabstractmethod__ = True

o = NS([("a", Abs()), ("b", 3)])
_abc._abc_init(o)
print(sorted(o.__abstractmethods__), type(o._abc_impl).__name__)
try:
    _abc._abc_init(NS([("a",)]))
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_init(NS([["a", 1]]))
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_init(NS([], bases=[object]))
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_init(NS(5))
except TypeError as e:
    print("TypeError", e)

class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
o2 = NS([], bases=(Base,))
o2.m = Abs()
_abc._abc_init(o2)
print(o2.__abstractmethods__)
class BadNames:
    __abstractmethods__ = [1]
try:
    _abc._abc_init(NS([], bases=(BadNames,)))
except TypeError as e:
    print("TypeError", e)
class NotIter:
    __abstractmethods__ = 5
try:
    _abc._abc_init(NS([], bases=(NotIter,)))
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_init(int)
except TypeError as e:
    print("TypeError", e)
_abc._abc_init(3)
