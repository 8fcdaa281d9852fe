# _bisect on non-list sequences and user objects
import _bisect as b

class Seq:
    def __init__(self, n):
        self.n = n
        self.reads = 0
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        self.reads += 1
        return i * 2
s = Seq(1000)
print(b.bisect_left(s, 500), b.bisect_right(s, 500), b.bisect_left(s, 501), s.reads <= 30)
print(b.bisect_left(s, -5), b.bisect_right(s, 10**6), b.bisect_left(s, 10, 0, 3))
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'Ver(%s)' % '.'.join(map(str, self.parts))
vs = [Ver('1.0'), Ver('1.2'), Ver('1.10'), Ver('2.0')]
print(b.bisect_left(vs, Ver('1.3')), b.bisect_right(vs, Ver('1.2')))
b.insort_left(vs, Ver('1.9'))
print(vs)
grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[b.bisect_right(breakpoints, score)] for score in [33, 99, 77, 70, 89, 90, 100]])
words = sorted(['banana', 'Apple', 'cherry'], key=str.lower)
b.insort_right(words, 'apricot', key=str.lower)
print(words, b.bisect_left(words, 'b', key=str.lower))
t = (1, 3, 5, 7)
print(b.bisect_left(t, 5), b.bisect_right(t, 5), b.bisect_right(t, 0), b.bisect_left(range(0, 100, 7), 50))
