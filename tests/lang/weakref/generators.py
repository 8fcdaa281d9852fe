# Generators, coroutines, functions, classes, modules, code, sets take weak references.
import _weakref


def gen():
    yield 1


async def coro():
    return 1


g = gen()
rg = _weakref.ref(g, lambda r: print("generator collected"))
print(rg() is g, next(rg()))
del g
print(rg())
c = coro()
rc = _weakref.ref(c, lambda r: print("coroutine collected"))
c.close()
del c
print(rc())
fs = frozenset([1, 2])
rfs = _weakref.ref(fs, lambda r: print("frozenset collected"))
del fs
code = gen.__code__
rcode = _weakref.ref(code)
print(rcode() is code, rcode().co_name)
import sys

print(_weakref.ref(sys)() is sys)


def make():
    def inner():
        return 5

    return inner


f = make()
rf = _weakref.ref(f, lambda r: print("function collected"))
print(rf()())
del f
print(rf())
