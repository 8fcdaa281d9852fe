# finalize.detach cancels the callback and returns its arguments.
import weakref


class O:
    pass


o = O()
f = weakref.finalize(o, print, "never")
obj, func, args, kwargs = f.detach()
print(obj is o, func is print, args, kwargs, f.alive)
del o, obj
print("no callback above")
