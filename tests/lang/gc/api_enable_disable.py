# gc.enable/disable/isenabled toggle automatic collection only.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())


class C:
    pass


c = C()
c.c = c
del c
print(gc.collect() >= 1)
gc.enable()
print(gc.isenabled())
