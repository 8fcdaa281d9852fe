# weakref.ref: calling returns the referent while it lives, None after.
import _weakref


class A:
    pass


a = A()
r = _weakref.ref(a)
print(r() is a, type(r).__name__, type(r) is _weakref.ReferenceType)
print(_weakref.ref is _weakref.ReferenceType)
# One shared callback-less ref per object.
print(_weakref.ref(a) is r, _weakref.ref(a, None) is r)
r2 = _weakref.ref(a, lambda x: None)
print(r2 is r, r2() is a)
del a
print(r(), r2())
print(_weakref.ref(A)() is A)


def f():
    return 42


rf = _weakref.ref(f)
print(rf()())
s = {1, 2}
rs = _weakref.ref(s)
print(rs())
s.add(3)
print(rs())
del s
print(rs())
