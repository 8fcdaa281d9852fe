import functools
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = functools.partial(f, 1, d=40)
print(p(2), p(2, 30), p(b=5), p.func is f, p.args, p.keywords)
p2 = functools.partial(p, 2)
print(p2(), p2.args, p2.func is f)
print(repr(functools.partial(max, 1)).replace(repr(max), "max"))
base2 = functools.partial(int, base=2)
print(base2("1010"), base2("11", base=3))
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(3)
except TypeError as e:
    print("TypeError", e)
class C:
    def m(self, x, y): return x * 10 + y
    pm = functools.partialmethod(m, 7)
print(C().pm(3))
import pickle
print(pickle.loads(pickle.dumps(base2))("111"))
