# _heapq used for heapsort, top-k and merging
import _heapq as hq

def heapsort(iterable):
    h = []
    for v in iterable:
        hq.heappush(h, v)
    return [hq.heappop(h) for _ in range(len(h))]
data = [(i * 37) % 101 for i in range(101)]
print(heapsort(data) == sorted(data), heapsort('heapsort'))
def nsmallest(n, it):
    h = list(it)
    hq.heapify(h)
    return [hq.heappop(h) for _ in range(min(n, len(h)))]
print(nsmallest(5, data), nsmallest(3, 'zyxwv'))
def nlargest(n, it):
    h = list(it)
    hq._heapify_max(h)
    return [hq._heappop_max(h) for _ in range(min(n, len(h)))]
print(nlargest(4, data))
top = []
for v in data:
    if len(top) < 5:
        hq.heappush(top, v)
    else:
        hq.heappushpop(top, v)
print(sorted(top))
events = []
for t, name in [(5, 'e'), (1, 'a'), (3, 'c'), (1, 'b'), (4, 'd')]:
    hq.heappush(events, (t, name))
print([hq.heappop(events) for _ in range(len(events))])
h = [1]
print(hq.heapreplace(h, 9), h, hq.heappushpop(h, 0), h)
