# The "stop" info reports collected and uncollectable counts.
import gc

gc.collect()
seen = []


def cb(phase, info):
    if phase == "stop":
        seen.append((info["collected"], info["uncollectable"]))


class C:
    pass


c = C()
c.me = c
del c
gc.callbacks.append(cb)
n = gc.collect()
gc.callbacks.remove(cb)
print(seen[0][0] == n, seen[0][1])
