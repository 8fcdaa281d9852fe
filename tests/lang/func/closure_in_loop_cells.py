# each call creates fresh cells
def mk(v):
    def get():
        return v
    return get
a, b = mk(1), mk(2)
print(a(), b(), a.__closure__[0] is b.__closure__[0])
def outer():
    fs = []
    for i in range(3):
        def g(i=i):
            def h():
                return i
            return h
        fs.append(g())
    return [f() for f in fs]
print(outer())
