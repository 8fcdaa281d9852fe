import math
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e16 + 1, -1e16, 1e300, 2**53 + 0.0, 10**30, -10**30, True, False, 7]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class Num:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class WithIndex:
    def __index__(self): return 41
print(math.floor(Num(2.7)), math.ceil(Num(-2.7)), math.floor(WithIndex()), math.ceil(WithIndex()))
class Weird:
    def __floor__(self): return 'F'
    def __ceil__(self): return 'C'
print(math.floor(Weird()), math.ceil(Weird()))
for bad in [float('inf'), float('-inf'), float('nan'), 'x', None, [1]]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
