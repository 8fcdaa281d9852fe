# yield from forwards send() to the subgenerator
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield "after"
it = outer()
print(next(it))
print(it.send(3), it.send(4))
print(it.send(None))
