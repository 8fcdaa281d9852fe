# except* inside generators and around yields.
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("in gen"), TypeError("t")])
    except* ValueError as e:
        yield "handled " + str(e.exceptions[0])
    yield "end"
g = gen()
print(next(g))
print(next(g))
try:
    print(next(g))
except ExceptionGroup as e:
    print("escaped", repr(e))
def gen2():
    try:
        yield 1
    except* KeyError as e:
        yield repr(e)
g = gen2()
next(g)
print(g.throw(KeyError("thrown")))
