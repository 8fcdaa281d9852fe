# get_referents of the common containers.
import gc

x, y = object(), object()
print(len(gc.get_referents([x, y])))
print(len(gc.get_referents((x, y))))
print(sorted(map(id, gc.get_referents({x: y}))) == sorted([id(x), id(y)]))
print(len(gc.get_referents({x})))


def f():
    return x


print(f.__globals__ in gc.get_referents(f))


class C:
    pass


c = C()
c.attr = x
print(any(r is C for r in gc.get_referents(c)))
print(gc.get_referents(5), gc.get_referents("s"))
