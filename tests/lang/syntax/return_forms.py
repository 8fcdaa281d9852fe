# return with no value, tuples, and in generators.
def a(): return
def b(): return 1, 2
def c():
    if True:
        return
    return "never"
def d():
    yield 1
    return "gen return"
print(a(), b(), c())
g = d()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def e(): pass
print(e())
