# A generator that sends to, throws into or closes itself while running gets
# ValueError instead of re-entering its own frame.
def selfclose():
    g.close()
    yield 1


def selfthrow():
    g.throw(KeyError)
    yield 1


def selfsend():
    g.send(None)
    yield 1


for fn in (selfclose, selfthrow, selfsend):
    g = fn()
    try:
        next(g)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)


def simple():
    yield 1


g = simple()
try:
    g.throw(ValueError, ValueError("a"), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g))
print(g.throw(ValueError, None, None) if False else "skip")
g.close()
print(list(g))
