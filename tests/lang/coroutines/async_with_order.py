# async with calls __aenter__/__aexit__ and awaits them
class Y:
    def __await__(self):
        yield "tick"
class CM:
    async def __aenter__(self):
        print("enter")
        await Y()
        return "value"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return t is KeyError
async def main():
    async with CM() as v:
        print("body", v)
    async with CM():
        raise KeyError("swallowed")
    print("after")
c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration:
    print("ticks", ticks)
