# re-entering a running generator
def g():
    yield next(it)
it = g()
try:
    next(it)
except ValueError as e:
    print(e)
def h():
    yield it2.send(None)
it2 = h()
try:
    it2.send(None)
except ValueError as e:
    print(e)
def k():
    try:
        yield
    finally:
        try:
            it3.close()
        except ValueError as e:
            print("close:", e)
it3 = k(); next(it3); it3.close()
