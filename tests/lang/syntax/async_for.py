# async for with a hand-written async iterator.
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(main()))
