# __reduce__ / __setstate__ of builtin iterators rebuild an equal iterator (no pickle needed)
def rebuild(it):
    r = it.__reduce__()
    f, args = r[0], r[1]
    new = f(*args)
    if len(r) > 2:
        new.__setstate__(r[2])
    return new

def show(r):
    return tuple(type(x).__name__ if 'iterator' in type(x).__name__ else x for x in r)

for make in (lambda: iter([1, 2, 3]), lambda: iter((4, 5, 6)), lambda: iter(range(2, 20, 5)),
             lambda: reversed([7, 8, 9]), lambda: reversed(range(4)), lambda: enumerate('abc', 10),
             lambda: zip('ab', 'cd'), lambda: map(abs, [-1, -2, -3]), lambda: filter(None, [0, 1, 2, 0, 3])):
    it = make()
    first = next(it)
    print(type(it).__name__, first, list(rebuild(it)), list(it), list(rebuild(it)))
print(iter([1, 2]).__reduce__(), iter((1,)).__reduce__(), iter(range(3)).__reduce__())
print(reversed([1, 2]).__reduce__(), reversed(range(3)).__reduce__(), range(1, 5, 2).__reduce__())
print(slice(1, 2).__reduce__(), slice(None).__reduce__())
e = iter([]); list(e); print(e.__reduce__())
t = iter(()); list(t); print(t.__reduce__())
r = reversed([1]); list(r); print(r.__reduce__())
print([type(x).__name__ for x in enumerate('a', 2**70).__reduce__()[1]], enumerate('a', 2**70).__reduce__()[1][1])
z = zip("a", "b", strict=True).__reduce__(); print(z[0], show(z[1]), z[2:], show(map(abs, [1]).__reduce__()[1]))
it = iter([1, 2, 3, 4]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2]); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(99); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(1); print(list(it))
z = zip('ab', 'c'); z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print('ValueError:', e)
try:
    iter([1]).__setstate__('x')
except TypeError as e:
    print('TypeError:', e)
import copy
print(list(copy.copy(iter([5, 6]))), copy.copy(range(3)), copy.deepcopy(slice(1, [2])))
