# nonlocal binds the nearest enclosing function scope
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c"
        c()
        return x
    r = b()
    return x, r
print(a())
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter()
print(c(), c(5), c())
