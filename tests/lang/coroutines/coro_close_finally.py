# close() on a suspended coroutine runs finally blocks
class Y:
    def __await__(self):
        yield
async def c():
    try:
        await Y()
    finally:
        print("finally")
co = c()
co.send(None)
co.close()
print(co.cr_frame)
async def d():
    try:
        await Y()
    except GeneratorExit:
        await Y()
co = d()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print(e)
