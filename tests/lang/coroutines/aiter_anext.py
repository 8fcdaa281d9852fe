# aiter() and anext(), with and without a default, on async generators and classes.
try: aiter(1)
except TypeError as e: print(e)
try: anext(1)
except TypeError as e: print(e)
class A:
    def __aiter__(self): return 5
try: aiter(A())
except TypeError as e: print(e)
class B:
    def __anext__(self): return 5
print(anext(B()))
c = anext(B(), 7); print(type(c).__name__)
try: next(iter(c.__await__()))
except Exception as e: print(type(e).__name__, e)

async def agen():
    yield 1
    yield 2

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, "again"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    class Counter:
        def __init__(self): self.n = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.n += 1
            if self.n > 2: raise StopAsyncIteration
            return self.n
    cnt = Counter()
    print(aiter(cnt) is cnt, await anext(cnt), await anext(cnt), await anext(cnt, None))
    return "finished"
print(run(main()))
aw = anext(aiter(agen()), 0)
print(aw.send(None) if False else "skip")
try:
    aw.throw(ValueError("x"))
except ValueError as e:
    print("thrown", e)
aw.close()
