# A bound method dies at once; weakref.WeakMethod's approach keeps refs to
# the object and its function instead.
import _weakref

ref = _weakref.ref


class A:
    def m(self):
        return "m of A"


a = A()
r = ref(a.m)
print(r())


class WeakMethod(ref):
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        obj = meth.__self__
        func = meth.__func__

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


wm = WeakMethod(a.m, lambda w: print("method died"))
print(wm()())
print(_weakref.getweakrefcount(a))
del a
print(wm())
