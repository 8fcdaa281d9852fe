# two closures share the same cell object
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

inc, get = make()
print(inc.__closure__[0] is get.__closure__[0])
inc(); inc()
print(get(), get.__closure__[0].cell_contents)
