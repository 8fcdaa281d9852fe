# async for: __aiter__/__anext__, break/continue, else, nesting, return inside.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield "tick"
class ARange:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
async def main():
    out = []
    async for i in ARange(6):
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("no else")
    async for i in ARange(2):
        async for j in ARange(2):
            out.append((i, j))
    else:
        out.append("else ran")
    async for a in ARange(0):
        out.append("never")
    return out
print(run(main()))
async def find(n):
    async for i in ARange(10):
        if i == n:
            return "found %d" % i
    return "missing"
print(run(find(3)), run(find(20)))
async def unpack():
    total = 0
    class Pairs:
        def __init__(self): self.k = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.k += 1
            if self.k > 3: raise StopAsyncIteration
            return self.k, self.k * 10
    async for a, b in Pairs():
        total += a + b
    return total
print(run(unpack()))
