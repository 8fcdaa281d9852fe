# close() and throw() on a running generator
def g():
    try:
        it.throw(ValueError)
    except ValueError as e:
        print("throw:", e)
    yield 1
it = g()
print(next(it))
def h():
    yield it2.gi_running
it2 = h()
print(next(it2))
