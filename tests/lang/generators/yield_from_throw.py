# yield from forwards throw() and lets the subgenerator handle it
def inner():
    try:
        yield 1
    except KeyError:
        print("inner handled")
        yield 2
    return "r"
def outer():
    r = yield from inner()
    yield r
it = outer()
next(it)
print(it.throw(KeyError))
print(next(it))
it2 = outer()
next(it2)
try:
    it2.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)
