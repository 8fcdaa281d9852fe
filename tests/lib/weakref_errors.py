# weakref: callbacks, WeakMethod, dead proxies, unweakrefable types, getweakrefcount.
import gc
import weakref

class C:
    def method(self):
        return "m"

calls = []
c = C()
r = weakref.ref(c, lambda ref: calls.append(ref() is None))
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
del c
gc.collect()
print(calls, r() is None)

d = C()
wm = weakref.WeakMethod(d.method)
print(wm()(), wm() == d.method)
del d
gc.collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

e = C()
p = weakref.proxy(e)
del e
gc.collect()
try:
    p.method()
except ReferenceError as ex:
    print("ReferenceError", ex)
for obj in (1, "s", (), [], {}, None):
    try:
        weakref.ref(obj)
    except TypeError as ex:
        print("TypeError", ex)
try:
    hash(weakref.proxy(C()))
except TypeError as ex:
    print("TypeError", ex)
d = weakref.WeakValueDictionary()
try:
    d["k"] = 5
except TypeError as ex:
    print("TypeError", ex)
try:
    weakref.WeakKeyDictionary()[1] = 2
except TypeError as ex:
    print("TypeError", ex)
