# itertools type objects: names, modules, docs, iterator protocol
import itertools as it

names = sorted(n for n in dir(it) if not n.startswith('__'))
print(names)
print(it.__name__, it.__doc__ is not None)
for n in names:
    obj = getattr(it, n)
    if isinstance(obj, type):
        print(n, obj.__name__, obj.__module__, repr(obj), obj.__doc__ is not None or n.startswith('_'))
samples = [it.count(), it.cycle('a'), it.repeat(1), it.accumulate([1]), it.chain(), it.compress('', ''),
           it.dropwhile(None, ''), it.takewhile(None, ''), it.filterfalse(None, ''), it.starmap(None, ''),
           it.islice('', 1), it.pairwise(''), it.zip_longest(), it.groupby(''), it.tee('')[0], it.product(),
           it.permutations(''), it.combinations('', 1), it.combinations_with_replacement('', 1)]
for s in samples:
    print(type(s).__name__, iter(s) is s, hasattr(s, '__next__'))
print(callable(it.tee), it.tee.__name__, it.chain.from_iterable.__name__)
print(type(it.groupby('aa').__next__()[1]).__name__)
