# Async comprehensions and await inside comprehensions.
class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i == self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def double(x):
    return 2 * x
def run(coro):
    try:
        while True: coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    a = [x async for x in AIter(4)]
    b = {x: await double(x) async for x in AIter(2)}
    c = [await double(y) for y in range(3)]
    d = {x async for x in AIter(3) if x % 2}
    return a, b, c, sorted(d)
print(run(main()))
