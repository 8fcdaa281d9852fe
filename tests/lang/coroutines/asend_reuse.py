# an asend awaitable can't be reused after completion
async def ag():
    yield 1
    yield 2
g = ag()
aw = g.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
except StopIteration:
    print("StopIteration again")
