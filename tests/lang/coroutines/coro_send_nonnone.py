# sending a value into a just-started coroutine
async def c():
    return 1
co = c()
try:
    co.send(1)
except TypeError as e:
    print(e)
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
