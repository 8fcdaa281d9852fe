# async with: __aenter__/__aexit__ awaited, suppression, return/break through it.
log = []
class Tick:
    def __await__(self):
        yield "tick"
class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Tick()
        log.append("enter " + self.name)
        return self
    async def __aexit__(self, t, v, tb):
        await Tick()
        log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.suppress
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
async def main():
    async with ACM("a") as a:
        log.append("body " + a.name)
    async with ACM("s", True):
        1 / 0
    for i in range(3):
        async with ACM("loop%d" % i):
            if i == 1:
                break
            continue
    try:
        async with ACM("r"):
            raise KeyError("k")
    except KeyError as e:
        log.append("caught " + repr(e))
    async with ACM("ret"):
        return "returned"
print(run(main()))
for line in log:
    print(line)
