# DEBUG_SAVEALL keeps unreachable objects in gc.garbage instead of freeing them.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print(gc.collect(), gc.garbage)
