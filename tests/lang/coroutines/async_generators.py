# Async generators: __anext__/asend/athrow/aclose awaitables, ag_* attributes.
class Tick:
    def __await__(self):
        return (yield "tick")
def run(aw):
    ticks = 0
    try:
        while True:
            aw.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def agen():
    try:
        got = yield 1
        print("agen got", got)
        await Tick()
        got = yield 2
        print("agen got", got)
    except KeyError as e:
        print("agen caught", repr(e))
        yield "recovered"
    finally:
        print("agen finally")
g = agen()
print(type(g).__name__, repr(g).startswith("<async_generator object agen at"))
print(g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_running, g.ag_await)
print(run(g.__anext__()))
print(run(g.asend("A")))
print(run(g.athrow(KeyError("x"))))
print(run(g.aclose()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(collect()))
async def squares(n):
    for i in range(n):
        await Tick()
        yield i * i
async def comp():
    return [x async for x in squares(4) if x % 2 == 0], {x: x async for x in squares(3)}
print(run(comp()))
async def genexp():
    g = (x + 1 async for x in squares(3))
    print(type(g).__name__)
    return [y async for y in g]
print(run(genexp()))
print(hasattr(g, "__aiter__"), g.__aiter__() is g)
