# async for errors: missing __aiter__/__anext__, bad awaitables, errors inside __anext__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class NoAnext:
    def __aiter__(self):
        return 1
class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class Boom:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("inside anext")
async def loop(obj):
    async for x in obj:
        pass
for obj in [1, [1, 2], NoAnext(), SyncAnext(), Boom()]:
    try:
        run(loop(obj))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
async def body_raises():
    class One:
        def __init__(self): self.done = False
        def __aiter__(self): return self
        async def __anext__(self):
            if self.done: raise StopAsyncIteration
            self.done = True
            return 1
    async for x in One():
        raise ValueError("from body")
try:
    run(body_raises())
except ValueError as e:
    print("ValueError", e)
