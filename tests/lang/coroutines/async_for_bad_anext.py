# __anext__ returning a non-awaitable, and __aiter__ returning a non-async-iterator
class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class BadIter:
    def __aiter__(self):
        return 5
async def run(o):
    async for _ in o:
        pass
for o in (BadNext(), BadIter()):
    c = run(o)
    try:
        c.send(None)
    except TypeError as e:
        print(e)
