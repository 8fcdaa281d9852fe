# async for over a class with __aiter__/__anext__
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
async def main():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
