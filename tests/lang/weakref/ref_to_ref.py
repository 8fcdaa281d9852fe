# References themselves are not weakly referenceable; subclasses of ref are.
import _weakref


class A:
    pass


a = A()
r = _weakref.ref(a)
try:
    _weakref.ref(r)
except TypeError as e:
    print("TypeError:", e)
p = _weakref.proxy(a)
try:
    _weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)


class MyRef(_weakref.ref):
    pass


m = MyRef(a)
mm = _weakref.ref(m, lambda x: print("MyRef died"))
print(mm() is m, m() is a)
del m
print(mm())
del a
