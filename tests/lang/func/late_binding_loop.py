# closures see the variable, not the value at creation
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        def f():
            return j
        out.append(f)
    j = 100
    return out
print([f() for f in make()])
