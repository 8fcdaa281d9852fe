# ModuleType's repr: from __spec__ (origin, has_location, loader) when set,
# else from __name__, __file__ and __loader__.
import importlib.machinery as machinery
import sys
import types


class Loader:
    def __repr__(self):
        return 'LOADER'


print(types.ModuleType('plain'))
print(sys)
m = types.ModuleType('m')
m.__loader__ = Loader()
print(m)
m.__file__ = 'somewhere/m.py'
print(m)
m.__spec__ = machinery.ModuleSpec('from_spec', Loader(), origin='an origin')
print(m)
m.__spec__ = machinery.ModuleSpec('no_origin', Loader())
print(m)
m.__spec__ = machinery.ModuleSpec('nothing', None)
print(m)
s = machinery.ModuleSpec('located', None, origin='/x/located.py')
s.has_location = True
m.__spec__ = s
print(m)
del m.__name__
m.__spec__ = None
print(m)
del m.__file__
print(m)
