# A finalizer may resurrect its object; __del__ still runs only once (PEP 442).
import gc

saved = []


class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)


p = Phoenix()
del p
print(len(saved), Phoenix.calls, gc.is_finalized(saved[0]))
saved.clear()
print(Phoenix.calls)

q = Phoenix()
q.me = q
del q
gc.collect()
print(len(saved), Phoenix.calls)
saved[0].me = None
saved.clear()
gc.collect()
print(Phoenix.calls)
print(gc.is_finalized(Phoenix()))
