# Generators whose frames reference their own frame objects are collected,
# and a finished generator's frame object keeps its last locals.
import gc
import sys
class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
def selfish():
    me = sys._getframe()
    obj = Tracked()
    yield me
    yield obj
for _ in range(5):
    g = selfish()
    next(g)
    del g
gc.collect()
gc.collect()
print(Tracked.alive)
cycle = []
def holder():
    obj = Tracked()
    cycle.append(sys._getframe())
    yield 1
h = holder()
next(h)
cycle.append(h)
del h
cycle.clear()
gc.collect()
print(Tracked.alive)
def finisher():
    last = "kept"
    yield 1
f = finisher()
fr = f.gi_frame
list(f)
print(f.gi_frame, fr.f_locals, fr.f_back)
