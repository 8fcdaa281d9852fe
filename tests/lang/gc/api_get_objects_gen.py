# gc.get_objects(generation) finds fresh containers in generation 0.
import gc

gc.collect()
gc.disable()
marker = ["marker"]
print(any(o is marker for o in gc.get_objects(0)))
print(any(o is marker for o in gc.get_objects()))
gc.collect()
print(any(o is marker for o in gc.get_objects(0)))
print(any(o is marker for o in gc.get_objects(2)))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError", e)
gc.enable()
