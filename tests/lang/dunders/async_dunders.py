# __await__, __aenter__/__aexit__ and __aiter__/__anext__ reach await, async with, async for
def run(coro):
    # A minimal driver: resume the coroutine until it returns.
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class Awaitable:
    def __await__(self):
        yield
        return 'awaited value'
class ACM:
    async def __aenter__(self):
        print('aenter'); return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None); return True
class ACounter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    print(await Awaitable())
    async with ACM() as r:
        print('body', r)
        raise ValueError('suppressed by aexit')
    print([x async for x in ACounter(3)])
    async for x in ACounter(2):
        print('item', x)
run(main())
