# gi_frame exists until the generator finishes, then is None
def g():
    x = 1
    yield x
    x = 2
    yield x
it = g()
print(it.gi_frame is not None, it.gi_frame.f_lineno)
next(it)
print(it.gi_frame.f_locals, it.gi_frame.f_lineno)
next(it)
print(it.gi_frame.f_locals)
list(it)
print(it.gi_frame)
