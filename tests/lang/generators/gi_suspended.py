# gi_suspended tracks suspension at a yield
def g():
    print("running, suspended =", it.gi_suspended)
    yield 1
    yield 2
it = g()
print(it.gi_suspended)
next(it)
print(it.gi_suspended)
list(it)
print(it.gi_suspended)
