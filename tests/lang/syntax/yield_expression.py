# yield as an expression: values sent in, parenthesized forms.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def pair():
    a = (yield 1), (yield 2)
    yield a
    print("inline", [(yield)])
p = pair()
print(next(p), p.send("x"), p.send("y"), next(p))
