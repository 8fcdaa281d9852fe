# gc.collect() returns how many unreachable objects it found.
import gc

gc.collect()
gc.disable()


class N:
    pass


for size in (1, 2, 5):
    nodes = [N() for _ in range(size)]
    for i, n in enumerate(nodes):
        n.next = nodes[(i + 1) % size]
    del nodes, n
    print(size, gc.collect())
lst = []
lst.append(lst)
del lst
print("list", gc.collect())
gc.enable()
