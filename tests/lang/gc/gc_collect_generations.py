# gc.collect(generation) and the counts it leaves.
import gc

gc.disable()
gc.collect()
for gen in (0, 1, 2):
    l = []
    l.append(l)
    del l
    print(gen, gc.collect(gen))
print(gc.collect())
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.collect("x")
except TypeError as e:
    print(type(e).__name__, e)
gc.enable()
print(gc.isenabled())
