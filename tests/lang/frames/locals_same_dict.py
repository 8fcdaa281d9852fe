# locals() in a function returns the frame's one snapshot dict, updated per call.
def f(a):
    b = 2
    d = locals()
    print(sorted(d))
    c = 3
    print(sorted(d))
    locals()
    print(sorted(d))
    del b
    locals()
    print(sorted(d), locals() is d)
    return d
d = f(1)
print(d["d"] is d)
def g():
    x = 1
    first = locals()
    first["x"] = 100
    second = locals()
    return x, second["x"], first is second
print(g())
def h():
    return locals()
print(h(), h() is h())
