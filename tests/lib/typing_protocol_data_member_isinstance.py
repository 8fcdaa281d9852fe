# isinstance() against a protocol with data members runs its subclass hook
# from ABCMeta.__subclasscheck__; typing allows that only when the calling
# frame's module is 'abc' (CPython's C _abc), which Krait's _py_abc is not.
from typing import Protocol, runtime_checkable
@runtime_checkable
class HasAttr(Protocol):
    name: str
print(isinstance(3, HasAttr), isinstance("s", HasAttr))
