# a generator frame's f_back is its current caller
import sys
def gen():
    while True:
        yield sys._getframe().f_back.f_code.co_name
def first(g):
    return next(g)
def second(g):
    return next(g)
g = gen()
print(first(g), second(g))
print(g.gi_frame.f_back)
