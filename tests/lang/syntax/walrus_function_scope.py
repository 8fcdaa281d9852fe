# Walrus in comprehension inside a function binds a function local; nonlocal/global respected.
g = "untouched"
def f():
    global g
    [g := i for i in range(3)]
    return g
print(f(), g)
def outer():
    c = 0
    def inner():
        nonlocal c
        [c := c + 1 for _ in range(4)]
    inner()
    return c
print(outer())
def loc():
    [m := i for i in range(2)]
    return "m" in locals(), m
print(loc())
