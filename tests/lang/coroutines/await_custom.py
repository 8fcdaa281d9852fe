# await on objects with __await__ returning generators and iterators.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("want", self.v)
        return got * 2
class Iter:
    def __await__(self):
        return iter([])
def drive(coro, answers):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(answers.pop(0))
    except StopIteration as e:
        out.append(("result", e.value))
    return out
async def main():
    a = await Value(1)
    b = await Value(2)
    c = await Iter()
    return a, b, c
print(drive(main(), [10, 20]))
async def chain(n):
    if n == 0:
        return await Value("x")
    return await chain(n - 1)
print(drive(chain(5), ["y"]))
w = main().__await__()
print(type(w).__name__, next(w))
w.close()
