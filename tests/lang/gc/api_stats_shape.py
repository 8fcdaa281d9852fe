# gc.get_stats returns three dicts with the documented keys that grow with collections.
import gc

s0 = gc.get_stats()
print(len(s0), [sorted(d) for d in s0])
gc.collect(2)
s1 = gc.get_stats()
print(s1[2]["collections"] == s0[2]["collections"] + 1)
print(all(isinstance(v, int) for d in s1 for v in d.values()))
