# yield from evaluates to the sub-generator's return value, also with StopIteration args
def sub(v):
    yield "s"
    return v
def outer():
    a = yield from sub(1)
    b = yield from sub((2, 3))
    c = yield from sub(None)
    d = yield from []
    yield (a, b, c, d)
print(list(outer()))
