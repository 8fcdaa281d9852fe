# throw() into a suspended coroutine travels through awaits
class Y:
    def __await__(self):
        yield
async def inner():
    try:
        await Y()
    except KeyError as e:
        print("inner caught", e)
        return "handled"
async def outer():
    r = await inner()
    print("outer got", r)
    await Y()
c = outer()
c.send(None)
c.throw(KeyError("k"))
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
