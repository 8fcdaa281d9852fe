# Allocating past threshold 0 triggers a young collection automatically.
import gc

gc.collect()
gc.set_threshold(10, 10, 10)
before = gc.get_stats()[0]["collections"]
junk = [[] for _ in range(100)]
print(gc.get_stats()[0]["collections"] > before)
gc.set_threshold(700, 10, 10)
