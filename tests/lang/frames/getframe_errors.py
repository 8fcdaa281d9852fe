# sys._getframe errors: too deep, wrong type, too many arguments.
import sys
def probe(*args, **kw):
    try:
        r = sys._getframe(*args, **kw)
        print("ok", r.f_code.co_name)
    except Exception as e:
        print(type(e).__name__, e)
probe(0)
probe(1)
probe(2)
probe(50)
probe(-1)
probe(-100)
probe("a")
probe(1.5)
probe(None)
probe(1, 2)
probe(depth=1)
probe(10 ** 30)
class Idx:
    def __index__(self):
        return 1
probe(Idx())
def f():
    return sys._getframe(1)
print(f() is sys._getframe())
