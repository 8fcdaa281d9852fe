# await chains through coroutines and a custom awaitable that yields to the loop.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v
def run(coro):
    steps = 0
    value = None
    try:
        while True:
            got = coro.send(value)
            steps += 1
            value = steps * 10
            print("loop got", got)
    except StopIteration as e:
        return e.value, steps
async def leaf():
    a = await Tick()
    b = await Tick()
    return a + b
async def middle():
    return await leaf() + 1
print(run(middle()))
