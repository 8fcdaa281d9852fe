# values of yield expressions in different positions
def g():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    return a, b, c
it = g()
print(next(it), it.send("a"), it.send(5), it.send("c0"))
try:
    it.send("c1")
except StopIteration as e:
    print(e.value)
