# async comprehensions and await inside comprehensions
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3) if x}
    c = [await double(x) for x in range(3)]
    d = {await double(x) async for x in agen(3)}
    e = [y async for x in agen(2) for y in range(x + 1)]
    return a, b, c, sorted(d), e
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
