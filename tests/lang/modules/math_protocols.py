import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 7
class Fl:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class Bad:
    def __float__(self): return 'x'
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 14), math.isqrt(I()))
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))
print(math.floor(F()), math.ceil(F()), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**30), math.floor(True))
class FS(float): pass
print(math.floor(FS(3.7)), type(math.floor(FS(3.7))))
for f, a in [(math.sqrt, Bad()), (math.sqrt, None), (math.floor, None), (math.factorial, F()), (math.trunc, F()), (math.ceil, 'x'), (math.gcd, (1, 'x'))]:
    try: print(f(*((a,) if not isinstance(a, tuple) else a)))
    except Exception as e: print(type(e).__name__, e)
try: math.gcd(1, x=2)
except TypeError as e: print(e)
try: math.hypot(x=2)
except TypeError as e: print(e)
try: math.fsum(1)
except TypeError as e: print(e)
try: math.fsum([1, 'a'])
except TypeError as e: print(e)
print(math.prod(range(1, 10)), math.prod([2, 3], start=1.5), math.prod([[1]], start=3))
print(math.fsum(iter([1.5, 2.5])), math.fsum(range(10)))
print(repr(math.copysign(1, -0.0)), math.fabs(-5), math.hypot(-3), math.dist([], []))
print(math.comb(True, False), math.perm(I(), 2))
