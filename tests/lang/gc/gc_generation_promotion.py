# Survivors of a young collection move to the next generation.
import gc

gc.disable()
gc.collect()
obj = ["survivor"]
print(any(o is obj for o in gc.get_objects(0)))
gc.collect(0)
print(any(o is obj for o in gc.get_objects(1)))
gc.collect(1)
print(any(o is obj for o in gc.get_objects(2)))
gc.collect(2)
print(any(o is obj for o in gc.get_objects(2)))
gc.enable()
