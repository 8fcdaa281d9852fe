# heapq (bundled; the pure-Python code, as there is no _heapq yet).
import heapq

data = [5, 1, 8, 3, 9, 2, 7]
h = list(data)
heapq.heapify(h)
print(h, h[0])
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, data), heapq.nsmallest(2, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
h = [3, 5]
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 7), h)
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
