# A yield anywhere makes a generator, even in unreachable code.
def g1():
    return 1
    yield
def g2():
    if False:
        yield
def g3():
    x = lambda: (yield)
    return x
def g4():
    return [x for x in range(2)]
for fn in (g1, g2, g3, g4):
    print(fn.__name__, bool(fn.__code__.co_flags & 0x20), type(fn()).__name__)
print(list(g1()), list(g2()))
