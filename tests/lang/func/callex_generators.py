# Generators, coroutines and async generators called with *args/**kwargs.
def gen(*a, **k):
    yield from a
    yield from sorted(k)

async def coro(*a, **k):
    return sum(a) + len(k)

async def agen(*a):
    for x in a:
        yield x

print(list(gen(*[1, 2], **{'b': 0, 'a': 0})))
c = coro(*(1, 2, 3), **{'q': 1})
try:
    c.send(None)
except StopIteration as e:
    print('coro returned', e.value)

ag = agen(*'ab')
async def drain():
    return [x async for x in ag]
d = drain()
try:
    d.send(None)
except StopIteration as e:
    print('agen gave', e.value)
