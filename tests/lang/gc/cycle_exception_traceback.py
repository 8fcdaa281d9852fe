# The classic exception cycle: a caught exception stored in a local.
import gc


class Marker:
    alive = 0

    def __init__(self):
        Marker.alive += 1

    def __del__(self):
        Marker.alive -= 1


def f():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return saved


e = f()
print(type(e).__name__, Marker.alive)
del e
gc.collect()
print(Marker.alive)
