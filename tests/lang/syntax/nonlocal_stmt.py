# nonlocal rebinds a variable of the enclosing function.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def outer():
    a = b = 0
    def inner():
        nonlocal a, b
        a, b = 1, 2
    inner()
    return a, b
print(outer())
