# Coroutines that ignore GeneratorExit, and already-executing errors.
class Pause:
    def __await__(self):
        yield
async def stubborn():
    ignored = False
    while True:
        try:
            await Pause()
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignoring exit")
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
print("closed", c.cr_suspended)
async def selfsend():
    me.send(None)
me = selfsend()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
async def selfclose():
    me2.close()
me2 = selfclose()
try:
    me2.send(None)
except ValueError as e:
    print("ValueError:", e)
async def waiting():
    await Pause()
c = waiting()
c.send(None)
c2 = None
async def double():
    await c
d = double()
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
