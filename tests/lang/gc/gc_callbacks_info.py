# gc.callbacks receive "start"/"stop" with generation, collected, uncollectable.
import gc

seen = []


def cb(phase, info):
    seen.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
gc.callbacks.remove(cb)
for s in seen:
    print(s)
gc.collect()
print(len(seen))
