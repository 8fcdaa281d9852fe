# send/throw/close on coroutines suspended in nested awaits.
class Pause:
    def __await__(self):
        try:
            x = yield "paused"
        except KeyError as e:
            print("pause caught", repr(e))
            x = yield "again"
        return x
async def inner():
    try:
        return await Pause()
    finally:
        print("inner finally")
async def outer():
    try:
        r = await inner()
        print("outer got", r)
        await Pause()
    except ValueError as e:
        print("outer caught", repr(e))
        return "handled"
c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.send(7))
try:
    c.throw(ValueError, ValueError("v"))
except StopIteration as e:
    print("stop", e.value)
c = outer()
c.send(None)
print(c.close())
print(c.cr_suspended)
c = outer()
c.send(None)
try:
    c.throw(TypeError("boom"))
except TypeError as e:
    print("propagated", e)
