# send() through yield from to a plain iterator without send
def g():
    yield from iter([1, 2])
it = g()
next(it)
try:
    it.send(5)
except AttributeError as e:
    print(e)
def h():
    yield from iter([1, 2])
it = h(); next(it)
print(it.send(None))
