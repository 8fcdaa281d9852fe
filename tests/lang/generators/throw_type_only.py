# throw(type) instantiates the exception
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", type(e).__name__, e.args)
        yield 2
it = g()
next(it)
print(it.throw(ValueError))
try:
    it.throw(KeyError)
except KeyError as e:
    print("propagated", repr(e))
