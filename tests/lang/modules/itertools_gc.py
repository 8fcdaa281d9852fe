# itertools objects are GC containers: cycles through them are collected
import gc
import itertools

class Node:
    pass

def check(make):
    n = Node()
    n.it = make(n)
    gc.collect()
    before = len(gc.get_objects())
    del n
    return gc.collect() > 0

print(check(lambda n: itertools.repeat(n)))
print(check(lambda n: itertools.cycle([n])))
print(check(lambda n: itertools.chain([n])))
print(check(lambda n: itertools.count(0, n) if False else itertools.repeat([n], 2)))
print(check(lambda n: itertools.tee([n])[0]))
print(check(lambda n: itertools.starmap(lambda: n, [])))
print(check(lambda n: itertools.accumulate([n], initial=n)))
print(check(lambda n: itertools.zip_longest([n], fillvalue=n)))
print(check(lambda n: itertools.product([n])))
print(check(lambda n: itertools.groupby([n])))
print(check(lambda n: itertools.islice([n], 1)))
print(check(lambda n: itertools.pairwise([n])))
a = itertools.tee(range(3))[0]
print(gc.is_tracked(a), gc.is_tracked(itertools.count()), gc.is_tracked(itertools.repeat(1)))
