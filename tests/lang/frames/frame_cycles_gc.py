# Frames that reference themselves through their locals are collected.
import gc
import sys
class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
def self_ref():
    me = sys._getframe()
    obj = Tracked()
    return None
for _ in range(10):
    self_ref()
gc.collect()
print(Tracked.alive)
def failing():
    obj = Tracked()
    raise ValueError
for _ in range(10):
    try:
        failing()
    except ValueError as e:
        saved = e
del saved
gc.collect()
print(Tracked.alive)
holder = []
def keep():
    obj = Tracked()
    holder.append(sys._getframe())
keep()
print(Tracked.alive, gc.is_tracked(holder[0]))
holder.clear()
gc.collect()
print(Tracked.alive)
