# exceptions raised by a generator are catchable at the next() site
def g():
    yield 1
    raise KeyError("from gen")
out = []
try:
    for x in g():
        out.append(x)
except KeyError as e:
    out.append(repr(e))
print(out)
def h():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("in close")
it = h(); next(it)
try:
    it.close()
except KeyError as e:
    print("close raised", e)
