# Errors from await: non-awaitables, bad __await__ results, reuse.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class BadIter:
    def __await__(self):
        return 1
class CoroAwait:
    def __await__(self):
        self.c = plain()
        return self.c
async def plain():
    return 1
async def await_value(v):
    return await v
ca = CoroAwait()
for v in [1, "s", None, BadIter(), ca]:
    try:
        run(await_value(v))
    except TypeError as e:
        print("TypeError:", e)
ca.c.close()
c = plain()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c = plain()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
async def raises():
    raise StopIteration(3)
try:
    run(raises())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
