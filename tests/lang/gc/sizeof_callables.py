# sys.getsizeof of functions, methods, classes' descriptors and cells.
import sys


def f():
    pass


def outer():
    x = 1

    def inner():
        return x
    return inner


class C:
    def m(self):
        pass

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    @property
    def p(self):
        return 1


print("function", sys.getsizeof(f))
print("builtin", sys.getsizeof(len))
print("method", sys.getsizeof(C().m))
print("cell", sys.getsizeof(outer().__closure__[0]))
print("staticmethod", sys.getsizeof(C.__dict__["s"]))
print("classmethod", sys.getsizeof(C.__dict__["c"]))
print("property", sys.getsizeof(C.__dict__["p"]))
