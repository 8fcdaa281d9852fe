# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], (), (1,), tuple(), tuple([4, 5]), tuple("ab"))
print(t + (4,), t * 2, (0,) * 3, 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (1,) == (1,), () < (0,))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
x = 1, 2
print(x, type(x).__name__)
t2 = ([1], 2)
t2[0].append(3)
print(t2)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(tuple(range(3)) == (0, 1, 2), tuple(t) is t)
print(max((3, 9, 1)), min((3, 9, 1)), sum((1, 2, 3)), sorted((3, 1, 2)))
