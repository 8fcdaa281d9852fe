# yield from and generator delegation
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def send_echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = send_echo()
print(next(g), g.send(5), g.send(10))
