# DEBUG_SAVEALL keeps unreachable objects in gc.garbage instead of freeing them.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
lst = []
lst.append(lst)
del lst
gc.collect()
print(len(gc.garbage))
print(type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
