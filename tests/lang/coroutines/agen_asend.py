# asend() drives an async generator step by step
async def ag():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = ag()
print(step(g.asend(None)))
print(step(g.asend(5)))
print(step(g.asend(7)))
print(step(g.asend(None)))
