# send() delivers values to yield expressions
def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return "done"
g = echo()
print(next(g))
print(g.send(1), g.send("x"))
try:
    g.send("stop")
except StopIteration as e:
    print("stop", e.value)
