# Builds and drops a million small cyclic structures: the cycle collector's
# young-generation work, finalizer-free.
import gc


class Node:

    def __init__(self, data):
        self.data = data
        self.next = None


def churn(n):
    kept = 0
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.next = b
        b.next = a
        if i % 1000 == 0:
            kept += 1
    return kept


def lists(n):
    for i in range(n):
        l = [i]
        l.append(l)


print(churn(500000))
lists(500000)
print(gc.collect() >= 0)
