# _heapq: push/pop/heapify/replace/pushpop keep the heap invariant
import _heapq as hq

def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
data = [(i * 7919) % 1000 for i in range(300)]
h = []
for x in data:
    hq.heappush(h, x)
print(is_heap(h), len(h), h[0])
out = [hq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:5], h)
h = list(data)
hq.heapify(h)
print(is_heap(h), h[0])
print(hq.heapreplace(h, 5000), is_heap(h), max(h))
print(hq.heappushpop(h, -1), hq.heappushpop(h, 10**6), is_heap(h), hq.heappushpop([], 3))
h = [3, 1, 2]
hq.heapify(h)
print(h)
h = [(2, 'b'), (1, 'a'), (3, 'c')]
hq.heapify(h)
print(hq.heappop(h), hq.heappop(h), hq.heappop(h))
# max-heap helpers used by heapq.nlargest / merge(reverse=True)
h = list(range(20))
hq._heapify_max(h)
print(h[0], [hq._heappop_max(h) for _ in range(5)], hq._heapreplace_max(h, -1), h[0])
class L(list):
    pass
l = L([5, 3, 9])
hq.heapify(l)
hq.heappush(l, 0)
print(l, type(l).__name__)
print(hq.heappush.__doc__)
print(sorted(n for n in dir(hq) if not n.startswith('__')))
