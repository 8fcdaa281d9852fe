# _functools.reduce: initial values, errors and messages
from _functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, ['a', 'b', 'c'], '>'))
print(reduce(lambda a, b: a * b, range(1, 10)))
print(reduce(lambda a, b: a + b, [], 5), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda a, b: (a, b), iter('xyz')))
print(reduce(max, [3, 9, 2], 0))
def gen():
    yield 1
    yield 2
print(reduce(lambda a, b: a - b, gen(), 10))
errs = [lambda: reduce(), lambda: reduce(len), lambda: reduce(len, []), lambda: reduce(len, 1),
        lambda: reduce(lambda a, b: a + b, [1, 2], x=10), lambda: reduce(1, [1, 2]),
        lambda: reduce(lambda a, b: a + b, [1, 'a']), lambda: reduce(len, [], None, 4)]
for f in errs:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(reduce(lambda a, b: a + b, [], None))
def bad():
    yield 1
    raise KeyError('k')
try:
    reduce(lambda a, b: a, bad(), 0)
except KeyError as e:
    print('KeyError', e)
