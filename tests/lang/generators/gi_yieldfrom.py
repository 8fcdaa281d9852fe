# gi_yieldfrom points at the delegated iterator while delegating
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from sub
    yield 3
sub = inner()
it = outer()
print(it.gi_yieldfrom)
next(it)
print(it.gi_yieldfrom)
next(it)
print(it.gi_yieldfrom is sub)
next(it); next(it)
print(it.gi_yieldfrom)
