# Proxy callbacks receive the proxy itself.
import weakref


class O:
    pass


o = O()
p = weakref.proxy(o, lambda pr: print("callback, proxy arg:", type(pr).__name__))
print(weakref.getweakrefcount(o))
del o
print("end")
