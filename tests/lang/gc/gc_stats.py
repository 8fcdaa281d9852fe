# gc.get_stats: one dict per generation with the right keys.
import gc

stats = gc.get_stats()
print(len(stats))
for s in stats:
    print(sorted(s))
before = gc.get_stats()[2]["collections"]
gc.collect()
print(gc.get_stats()[2]["collections"] - before)
