# gc.get_count()[0] grows with tracked allocations and resets after collect.
import gc

gc.disable()
gc.collect()
c0 = gc.get_count()[0]
keep = [[] for _ in range(50)]
c1 = gc.get_count()[0]
print(c1 - c0 >= 50)
gc.collect()
print(gc.get_count())
gc.enable()
