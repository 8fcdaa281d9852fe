# Cycles through closures, bound methods, classes and generators.
import gc

gc.disable()  # the counts below must not depend on when an automatic collection runs


class Tracker:
    alive = 0

    def __init__(self):
        Tracker.alive += 1

    def __del__(self):
        Tracker.alive -= 1


def closure_cycle():
    t = Tracker()

    def f():
        return f, t

    t.f = f


def method_cycle():
    t = Tracker()
    t.m = t.__init__


def class_cycle():
    class K:
        pass

    K.me = K
    K.t = Tracker()


def gen_cycle():
    t = Tracker()

    def g():
        yield t

    it = g()
    t.it = it
    next(it)


for fn in (closure_cycle, method_cycle, class_cycle, gen_cycle):
    fn()
print(Tracker.alive)
gc.collect()
print(Tracker.alive)
