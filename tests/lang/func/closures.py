# Closures capture variables, not values
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def outer():
    x = 1
    def read():
        return x
    x = 2
    return read
print(outer()())
def three_levels():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(three_levels())
def shared():
    v = []
    def put(x):
        v.append(x)
    def get():
        return v
    return put, get
put, get = shared()
put(1); put(2)
print(get())
