# gi_frame.f_locals reflects the generator's current state
def g(n):
    total = 0
    for i in range(n):
        total += i
        yield
it = g(3)
next(it)
print(sorted(it.gi_frame.f_locals.items()))
next(it); next(it)
print(sorted(it.gi_frame.f_locals.items()))
