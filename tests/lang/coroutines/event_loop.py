# A tiny round-robin event loop in plain Python drives several coroutines.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield "sleep"
        return self.n

def run_all(coros):
    ready = list(enumerate(coros))
    results = {}
    while ready:
        i, c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[i] = e.value
        else:
            ready.append((i, c))
    return [results[i] for i in range(len(coros))]

log = []
async def worker(name, steps):
    total = 0
    for s in range(steps):
        log.append((name, s))
        total += await Sleep(s % 2 + 1)
    return name, total

print(run_all([worker("a", 3), worker("b", 2), worker("c", 1)]))
print(log)
