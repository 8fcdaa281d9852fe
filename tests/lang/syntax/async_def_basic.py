# async def returns a coroutine; drive it with send(None) until StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
c = add(1, 2)
print(type(c).__name__)
print(run(c))
async def nothing():
    pass
print(run(nothing()))
print(add.__name__, add.__code__.co_name)
