# _heapq: argument errors, empty heaps, failing and mutating comparisons
import _heapq as hq

errs = [lambda: hq.heappush(), lambda: hq.heappush([], 1, 2), lambda: hq.heappush((), 1), lambda: hq.heappop([]),
        lambda: hq.heappop(()), lambda: hq.heapify(()), lambda: hq.heapify([], x=1), lambda: hq.heapreplace([], 1),
        lambda: hq._heappop_max([]), lambda: hq._heapify_max(1), lambda: hq._heapreplace_max([], 1),
        lambda: hq.heappush([1, 'a'], 2), lambda: hq.heappop([1], 2), lambda: hq.heappop(),
        lambda: hq.heapreplace((1,), 1), lambda: hq.heappushpop(1, 1), lambda: hq.heappushpop([1], 'a'),
        lambda: hq.heapify([3, 'a', 1])]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __lt__(self, other):
        raise ValueError('lt')
for f in [lambda: hq.heappush([1], Bad()), lambda: hq.heapify([1, Bad()]), lambda: hq.heappushpop([1], Bad())]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
x = [5, 4]
class Mut:
    def __lt__(self, other):
        x.clear()
        return True
try:
    hq.heappush(x, Mut())
except RuntimeError as e:
    print('RuntimeError', e)
y = [1, 2, 3, 4, 5, 6]
class Grow:
    def __lt__(self, other):
        y.append(0)
        return False
    def __gt__(self, other):
        return True
y[0] = Grow()
try:
    hq.heapify(y)
except RuntimeError as e:
    print('RuntimeError', e)
