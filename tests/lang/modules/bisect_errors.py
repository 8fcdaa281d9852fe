# _bisect: argument errors and failing comparisons
import _bisect as b

errs = [lambda: b.bisect_right([], 1, -1), lambda: b.bisect_right(1, 2), lambda: b.bisect_right([1, 2], 2, 'a'),
        lambda: b.bisect_right([1, 2], 2, lo=None), lambda: b.bisect_right([1, 2], 2, 0, 'x'), lambda: b.bisect_right(),
        lambda: b.bisect_right([1], 1, 0, 1, None), lambda: b.bisect_right([1], 1, 0, 1, None, 3),
        lambda: b.bisect_right([1], 1, x=3), lambda: b.bisect_right([1], 1, foo=1), lambda: b.insort_right([1]),
        lambda: b.insort_right([1], 1, -1), lambda: b.insort_left((1,), 1), lambda: b.bisect_right([1, 2], 2, 0, 10),
        lambda: b.bisect_right([1, 'a'], 2), lambda: b.bisect_right([1, 2], 2, 2**70),
        lambda: b.bisect_right([1, 2], 2, 0, 2**70), lambda: b.bisect_right([1, 2], 2, 1.5),
        lambda: b.bisect_left([1, 2], 1, key=5), lambda: b.insort_left({}, 1)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __lt__(self, other):
        raise ValueError('lt')
try:
    b.bisect_right([1, 2], Bad())
except ValueError as e:
    print('ValueError', e)
try:
    b.insort_left([1, 2], 1, key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
