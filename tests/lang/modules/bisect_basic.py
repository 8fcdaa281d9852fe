# _bisect: bisect_left/right and insort_left/right, lo/hi bounds, key=
import _bisect as b

a = [1, 2, 2, 2, 3, 5]
print([b.bisect_left(a, x) for x in range(7)])
print([b.bisect_right(a, x) for x in range(7)])
print(b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 3), b.bisect_right(a, 2, hi=None), b.bisect_left(a, 2, lo=4))
print(b.bisect_right(a, 2, 10), b.bisect_left([], 1, 0, -1), b.bisect_right([1, 2, 3], 2, hi=-5))
print(b.bisect_left(range(10), 5), b.bisect_right('abcde', 'c'), b.bisect_left((1, 3, 5), 4))
recs = [(1, 'a'), (2, 'b'), (4, 'd')]
print(b.bisect_left(recs, 2, key=lambda r: r[0]), b.bisect_right(recs, 2, key=lambda r: r[0]))
print(b.bisect_right([1, 2], 2, key=None))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    b.insort_right(l, x)
print(l)
l = [1, 3, 3]
b.insort_left(l, 3)
b.insort_right(l, 2, 0, 2)
print(l)
r = [(1, 'a'), (3, 'c')]
b.insort_right(r, (2, 'b'), key=lambda t: t[0])
b.insort_left(r, (3, 'C'), key=lambda t: t[0])
print(r)
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 3])
b.insort_left(l, 2)
print(l)
calls = []
def key(v):
    calls.append(v)
    return v
b.insort_right([1, 2, 3, 4, 5, 6, 7], 4, key=key)
print(sorted(calls))
print(sorted(n for n in dir(b) if not n.startswith('__')), b.bisect_left.__doc__.splitlines()[0])
