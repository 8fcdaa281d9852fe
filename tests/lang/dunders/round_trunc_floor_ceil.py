# round/math.trunc/floor/ceil dispatch to __round__/__trunc__/__floor__/__ceil__
import math
class M:
    def __round__(self, n=None): return f'round({n})'
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
m = M()
print(round(m), round(m, 2), round(m, None), math.trunc(m), math.floor(m), math.ceil(m))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(123, -1), type(round(2.0)).__name__)
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.floor(True))
class F:
    def __float__(self): return 2.7
print(math.floor(F()), math.ceil(F()))
for f in [lambda: round(object()), lambda: math.trunc(object()), lambda: math.floor('x'),
          lambda: math.ceil([]), lambda: round(1.5, 'x'), lambda: round(M(), 1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
