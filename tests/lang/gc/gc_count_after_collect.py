# After a full collection the generation counts restart.
import gc

gc.disable()
gc.collect()
c = gc.get_count()
print(c[1], c[2])
objs = [[] for _ in range(50)]
print(gc.get_count()[0] >= 50)
gc.collect()
print(gc.get_count()[1:])
gc.enable()
