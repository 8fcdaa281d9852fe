# replacing __code__ of a running function; globals still resolve in both versions
A = 1
B = 2
def other():
    return ("other", B, A)
def f():
    r1 = A
    f.__code__ = other.__code__
    r2 = A + B
    return ("f", r1, r2)
print(f())
print(f())
print(f.__name__)
