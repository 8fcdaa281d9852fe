# StopIteration/StopAsyncIteration raised inside an async generator become RuntimeError
async def a():
    yield 1
    raise StopAsyncIteration
async def b():
    yield 1
    raise StopIteration
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
for f in (a, b):
    g = f()
    run(g.asend(None))
    try:
        run(g.asend(None))
    except RuntimeError as e:
        print(e)
