# ModuleType's repr when __spec__ is broken: the attribute error propagates.
import types


class BadSpec:
    @property
    def name(self):
        raise LookupError('no name here')


m = types.ModuleType('m')
m.__spec__ = object()
try:
    repr(m)
except AttributeError as e:
    print(type(e).__name__, e)
m.__spec__ = BadSpec()
print(repr(m))
