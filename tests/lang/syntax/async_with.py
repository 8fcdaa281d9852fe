# async with calls __aenter__/__aexit__ as awaitables.
log = []
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return typ is KeyError
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with ACM("a") as a, ACM("b") as b:
        log.append(a + b)
    async with ACM("c"):
        raise KeyError("swallowed")
    return "done"
print(run(main()))
print(log)
