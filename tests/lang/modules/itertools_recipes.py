# classic itertools recipes built from the C iterators
import itertools as it
import _operator as op

def take(n, iterable):
    return list(it.islice(iterable, n))
def tabulate(function, start=0):
    return map(function, it.count(start))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_justseen(iterable, key=None):
    return map(next, map(op.itemgetter(1), it.groupby(iterable, key)))
def sliding_window(iterable, n):
    iters = it.tee(iterable, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
def dotproduct(v1, v2):
    return sum(it.starmap(op.mul, zip(v1, v2)))
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))

print(take(5, tabulate(lambda x: x * x)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(dotproduct([1, 2, 3], [4, 5, 6]), nth(range(10), 3), nth(range(3), 5, 'none'), quantify([0, 1, 2, 0]))
print(list(ncycles('ab', 3)))
print(list(it.accumulate(it.repeat(2, 5), op.mul)))
print(sum(1 for _ in it.product(range(4), repeat=3)), take(3, it.compress(it.count(), it.cycle([0, 0, 1]))))
print(take(4, it.starmap(pow, zip(it.count(1), it.repeat(2)))))
