# await inside finally after an exception
class Y:
    def __await__(self):
        v = yield "tick"
        return v
async def c():
    try:
        raise KeyError("k")
    finally:
        r = await Y()
        print("finally awaited", r)
co = c()
print(co.send(None))
try:
    co.send("resumed")
except KeyError as e:
    print("KeyError", e)
