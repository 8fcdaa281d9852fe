# errors from the underlying iterators and functions propagate lazily
import itertools as it

def failing(n, exc=ValueError):
    for i in range(n):
        yield i
    raise exc('after %d' % n)
cases = {
    'count+map': lambda: list(map(lambda x: 1 // (3 - x), it.count())),
    'cycle': lambda: list(it.islice(it.cycle(failing(2)), 5)),
    'accumulate': lambda: list(it.accumulate(failing(3))),
    'chain': lambda: list(it.chain([1], failing(1), [9])),
    'compress': lambda: list(it.compress(failing(2), it.repeat(1))),
    'compress-sel': lambda: list(it.compress(it.count(), failing(2))),
    'dropwhile': lambda: list(it.dropwhile(lambda x: x < 5, failing(3))),
    'takewhile': lambda: list(it.takewhile(lambda x: x < 5, failing(3))),
    'filterfalse': lambda: list(it.filterfalse(None, failing(2))),
    'starmap': lambda: list(it.starmap(lambda *a: a, failing(1))),
    'islice': lambda: list(it.islice(failing(2), 1, 10, 2)),
    'pairwise': lambda: list(it.pairwise(failing(3))),
    'zip_longest': lambda: list(it.zip_longest('abcdef', failing(2))),
    'groupby': lambda: [k for k, g in it.groupby(failing(4), lambda x: x // 2)],
    'tee': lambda: list(it.tee(failing(3))[1]),
    'product': lambda: list(it.product('ab', failing(1))),
    'permutations': lambda: list(it.permutations(failing(2))),
    'combinations': lambda: list(it.combinations(failing(2), 1)),
    'cwr': lambda: list(it.combinations_with_replacement(failing(2), 1)),
}
for name, f in cases.items():
    try:
        print(name, f())
    except (ValueError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
# a StopIteration raised by a function ends the C iterators quietly
def stop(x):
    raise StopIteration
print(list(it.starmap(stop, [(1,), (2,)])), list(it.takewhile(stop, [1])))
# exhausted iterators stay exhausted
for obj in [it.islice('ab', 1), it.pairwise('ab'), it.chain('a'), it.zip_longest('a'), it.product('a'),
            it.combinations('a', 1), it.permutations('a'), it.repeat(1, 1), it.compress('a', [1]), it.groupby('a')]:
    list(obj)
    print(list(obj), end=' ')
print()
