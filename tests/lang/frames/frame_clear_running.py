# frame.clear() refuses frames that are executing.
import sys
def attempt(fr):
    try:
        fr.clear()
        print("cleared")
    except RuntimeError as e:
        print(type(e).__name__, e)
attempt(sys._getframe())
def func():
    attempt(sys._getframe())
    attempt(sys._getframe(1))
func()
def gen():
    attempt(sys._getframe())
    yield 1
    attempt(g.gi_frame)
    yield 2
g = gen()
next(g)
next(g)
async def coro():
    attempt(c.cr_frame)
c = coro()
try:
    c.send(None)
except StopIteration:
    print("done")
