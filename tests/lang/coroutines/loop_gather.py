# a gather() built on a send(None) loop, with an exception in one task
class Yield:
    def __await__(self):
        yield
async def ok(n):
    for _ in range(n):
        await Yield()
    return n
async def fails():
    await Yield()
    raise ValueError("task failed")
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        i, c = pending.pop(0)
        try:
            c.send(None)
            pending.append((i, c))
        except StopIteration as e:
            results[i] = e.value
        except Exception as e:
            results[i] = repr(e)
    return results
print(gather(ok(2), fails(), ok(0)))
