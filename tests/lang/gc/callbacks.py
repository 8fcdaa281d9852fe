# gc.callbacks are called with ("start"|"stop", info) around each collection.
import gc

seen = []


def cb(phase, info):
    seen.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(seen)
seen.clear()
gc.collect()
print(seen)


def counting(phase, info):
    if phase == "stop":
        print("collected", info["collected"])


gc.callbacks.append(counting)
a = []
a.append(a)
del a
gc.collect()
gc.callbacks.clear()
