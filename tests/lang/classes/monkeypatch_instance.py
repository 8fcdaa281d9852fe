# Patching instances: instance attributes shadow non-data class attributes but not dunders
class C:
    def m(self): return 'class m'
    def __len__(self): return 1
c = C()
c.m = lambda: 'instance m'
print(c.m(), C().m())
c.__len__ = lambda: 99
print(len(c), c.__len__())
import types
c.bound = types.MethodType(lambda self: f'bound to {type(self).__name__}', c)
print(c.bound())
del c.m
print(c.m())
import math
orig = math.floor
math.floor = lambda x: 'patched floor'
print(math.floor(1.5))
math.floor = orig
print(math.floor(1.5))
import sys
mod = sys.modules[__name__]
mod.newglobal = 'set via module'
print(newglobal)
