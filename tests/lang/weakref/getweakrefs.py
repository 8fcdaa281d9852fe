# getweakrefcount / getweakrefs follow creation and death of references.
import _weakref


class A:
    pass


a = A()
print(_weakref.getweakrefcount(a), _weakref.getweakrefs(a))
r1 = _weakref.ref(a)
r2 = _weakref.ref(a, lambda r: None)
p = _weakref.proxy(a)
print(_weakref.getweakrefcount(a))
lst = _weakref.getweakrefs(a)
print(lst[0] is r1, lst[1] is p, lst[2] is r2)
del r2
print(_weakref.getweakrefcount(a))
del lst, r1
print(_weakref.getweakrefcount(a), _weakref.getweakrefs(a)[0] is p)
del p
print(_weakref.getweakrefcount(a), _weakref.getweakrefs(a))
many = [_weakref.ref(a, lambda r: None) for i in range(100)]
print(_weakref.getweakrefcount(a))
del many[::2]
print(_weakref.getweakrefcount(a))
del a
print([r() for r in many[:3]])
print(_weakref.getweakrefcount(1), _weakref.getweakrefs("x"))
