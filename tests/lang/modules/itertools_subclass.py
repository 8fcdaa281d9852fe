# subclasses of the itertools types: attributes, overridden __next__, __init__
import itertools

class Counter(itertools.count):
    def __init__(self, start=0, step=1):
        self.first = start
c = Counter(5, 2)
print(next(c), next(c), c.first, c, type(c).__mro__[1].__name__)
class Rep(itertools.repeat):
    def __next__(self):
        return 'sub:' + super().__next__()
r = Rep('x', 2)
print(next(r), list(r), list(itertools.repeat('y', 2)))
class Ch(itertools.chain):
    pass
print(list(Ch('ab', 'cd')), list(Ch.from_iterable(['x', 'y'])), type(Ch.from_iterable([])).__name__)
for cls, args in [(itertools.cycle, ('ab',)), (itertools.accumulate, ([1, 2],)), (itertools.compress, ('ab', [1, 0])),
                  (itertools.dropwhile, (bool, [1, 0])), (itertools.takewhile, (bool, [1, 0])),
                  (itertools.filterfalse, (bool, [1, 0])), (itertools.starmap, (max, [(1, 2)])),
                  (itertools.islice, ('abc', 2)), (itertools.pairwise, ('abc',)), (itertools.zip_longest, ('a', 'bc')),
                  (itertools.groupby, ('aab',)), (itertools.product, ('ab',)), (itertools.permutations, ('ab',)),
                  (itertools.combinations, ('abc', 2)), (itertools.combinations_with_replacement, ('ab', 2))]:
    Sub = type('Sub_' + cls.__name__, (cls,), {'extra': 1})
    s = Sub(*args)
    s.attr = 'a'
    res = list(itertools.islice(s, 4))
    if cls is itertools.groupby:
        res = [k for k, g in res]
    print(cls.__name__, res, s.attr, s.extra, isinstance(s, cls))
for t in (itertools._tee, itertools._grouper, itertools._tee_dataobject):
    try:
        type('X', (t,), {})
    except TypeError as e:
        print('TypeError', e)
