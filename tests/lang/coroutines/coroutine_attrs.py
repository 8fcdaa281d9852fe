# Coroutine objects: type, repr shape, names, cr_* attributes, states.
class Suspend:
    def __await__(self):
        yield 1
async def inner():
    await Suspend()
    return 5
async def outer():
    return await inner()
c = outer()
print(type(c).__name__, repr(c).startswith("<coroutine object outer at 0x"))
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_suspended)
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_await, c.cr_suspended, c.cr_running)
class K:
    async def meth(self):
        return self
k = K()
m = k.meth()
print(m.__qualname__)
m.close()
c2 = outer()
c2.__name__ = "renamed"
print(c2.__name__)
c2.close()
print(hasattr(c2, "__next__"), hasattr(c2, "__iter__"), hasattr(c2, "__await__"))
