# Async generators driven by hand through __anext__ awaitables.
async def agen(n):
    for i in range(n):
        yield i * i
    print("agen done")
def run(coro):
    try:
        while True: coro.send(None)
    except StopIteration as e:
        return e.value
g = agen(3)
print(type(g).__name__)
out = []
while True:
    try:
        out.append(run(g.__anext__()))
    except StopAsyncIteration:
        break
print(out)
async def consume():
    return [v async for v in agen(2)]
print(run(consume()))
