import math
print(math.hypot(), math.hypot(5), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-1.5, 2))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324))
print(math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1), math.hypot(1.7e308, 1.7e308))
for n in range(2, 12):
    print(n, math.hypot(*([1.0] * n)), math.hypot(*range(n)))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, -1], (0, 0, 0)), math.dist(iter([1]), (4,)))
for args in [((1, 2), (1,)), (1, 2), ((1,),), (('a',), (1,))]:
    try:
        print(math.dist(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.hypot(1, 'x')
except TypeError as e:
    print(e)
