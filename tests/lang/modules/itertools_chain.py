# itertools.chain and chain.from_iterable: laziness, errors, subclassing
import itertools

print(list(itertools.chain()))
print(list(itertools.chain('ab', [1, 2], (), range(2))))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
def lazy():
    print('first')
    yield 'x'
    print('second')
    yield 'yz'
c = itertools.chain.from_iterable(lazy())
print(next(c))
print(list(c))
c = itertools.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(next(c))
try:
    itertools.chain([1], x=2)
except TypeError as e:
    print('TypeError', e)
try:
    list(itertools.chain.from_iterable(5))
except TypeError as e:
    print('TypeError', e)
class MyChain(itertools.chain):
    pass
m = MyChain('ab', 'c')
print(type(m).__name__, list(m))
m = MyChain.from_iterable(['de'])
print(type(m).__name__, list(m))
# deep nesting of chains
c = iter([0])
for i in range(1000):
    c = itertools.chain(c, [i])
print(sum(c))
