# Collections happen by themselves once enough containers were allocated.
import gc


class Node:
    freed = 0

    def __del__(self):
        Node.freed += 1


gc.collect()
before = gc.get_stats()[0]["collections"]
for i in range(10000):
    n = Node()
    n.me = n
del n
print(gc.get_stats()[0]["collections"] > before)
print(Node.freed > 9000)
gc.disable()
before = gc.get_stats()[0]["collections"]
for i in range(5000):
    x = []
    x.append(x)
print(gc.get_stats()[0]["collections"] == before)
gc.enable()
