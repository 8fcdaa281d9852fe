# a tiny scheduler: coroutines yield delays, the loop orders wakeups
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield self.t
def run(coros):
    now = 0
    queue = [(0, i, c) for i, c in enumerate(coros)]
    while queue:
        queue.sort(key=lambda e: (e[0], e[1]))
        now, i, c = queue.pop(0)
        try:
            delay = c.send(None)
        except StopIteration as e:
            print("t=%d %s" % (now, e.value))
        else:
            queue.append((now + delay, i, c))
async def task(name, delays):
    for d in delays:
        await Sleep(d)
        print("t? %s woke" % name)
    return name + " done"
run([task("a", [3, 1]), task("b", [1, 1, 1]), task("c", [5])])
