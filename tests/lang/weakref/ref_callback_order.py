# Callbacks run when the referent dies, most recently created first, each
# with its (already dead) weak reference.
import _weakref


class A:
    pass


log = []


def cb(name):
    def f(ref):
        log.append((name, ref() is None, ref is refs[name]))

    return f


a = A()
refs = {}
for name in ["first", "second", "third"]:
    refs[name] = _weakref.ref(a, cb(name))
refs["plain"] = _weakref.ref(a)
refs["proxy"] = _weakref.proxy(a, cb("proxy"))
print(_weakref.getweakrefcount(a))
print([x is refs["plain"] for x in _weakref.getweakrefs(a)])
del a
print(log)
