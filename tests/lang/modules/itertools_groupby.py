# itertools.groupby: keys, lazy groups, the _grouper invalidation semantics
import itertools

print([(k, list(g)) for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([k for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in itertools.groupby(range(10), key=lambda x: x // 4)])
print([(k, ''.join(g)) for k, g in itertools.groupby(['ab', 'ac', 'b', 'bb'], lambda s: s[0])])
print(list(itertools.groupby([])))
# a group becomes empty once the groupby advances
g = itertools.groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
g = itertools.groupby('aabbc')
groups = list(g)
print([(k, list(x)) for k, x in groups])
print(type(groups[0][1]).__name__, type(groups[0][1]))
# partially consumed group then advance
g = itertools.groupby([1, 1, 1, 2, 2, 3])
k, grp = next(g)
print(k, next(grp))
k, grp = next(g)
print(k, list(grp))
print(next(g)[0])
try:
    next(g)
except StopIteration:
    print('StopIteration')
def keyfail(x):
    if x == 3:
        raise KeyError(x)
    return x
try:
    print([(k, list(g)) for k, g in itertools.groupby([1, 2, 3], keyfail)])
except KeyError as e:
    print('KeyError', e)
class NoEq:
    def __eq__(self, other):
        raise RuntimeError('eq')
try:
    list(itertools.groupby([NoEq(), NoEq()]))
except RuntimeError as e:
    print('RuntimeError', e)
for f in [lambda: itertools.groupby(), lambda: itertools.groupby([], None, 1), lambda: itertools.groupby(1),
          lambda: itertools.groupby([], foo=1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(itertools.groupby([], key=None) is not None)
