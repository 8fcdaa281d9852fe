# gc.callbacks are called with phase start/stop and an info dict.
import gc

events = []


def cb(phase, info):
    events.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(cb)
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
