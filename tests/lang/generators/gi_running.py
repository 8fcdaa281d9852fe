# gi_running is True only while the body executes
def g():
    print("inside", it.gi_running)
    yield 1
it = g()
print(it.gi_running)
next(it)
print(it.gi_running)
