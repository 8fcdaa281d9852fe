# cr_await shows what a suspended coroutine awaits
class Fut:
    def __await__(self):
        yield "waiting"
        return 7
f = Fut()
async def inner():
    return await f
async def outer():
    return await inner()
c = outer()
print(c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
print(type(c.cr_await.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_await, c.cr_frame)
