# An exception raised in a gc callback is reported, not propagated.
import gc


def bad(phase, info):
    if phase == "start":
        raise RuntimeError("callback failed")


gc.callbacks.append(bad)
n = gc.collect()
gc.callbacks.remove(bad)
print("collect returned", type(n).__name__)
print(gc.callbacks)
