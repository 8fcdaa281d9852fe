# throw(GeneratorExit) into a delegating generator closes the sub-generator
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
it = outer()
next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("propagated")
