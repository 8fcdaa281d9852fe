# weakref.WeakMethod keeps a bound method alive only as long as its object.
import weakref


class C:
    def m(self):
        return "called"


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
print(wm() == c.m)
del c
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
