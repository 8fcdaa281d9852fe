# __await__ must return an iterator that isn't a coroutine
class NoIter:
    def __await__(self):
        return 5
class Coro:
    def __await__(self):
        async def x():
            pass
        return x()
class NotAwaitable:
    pass
async def run(o):
    return await o
for o in [NoIter(), Coro(), NotAwaitable(), 3]:
    c = run(o)
    try:
        c.send(None)
    except TypeError as e:
        print(e)
    c.close()
