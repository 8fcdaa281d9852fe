# co_freevars / co_cellvars and __closure__ consistency
def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner

fn = outer()
print(outer.__code__.co_cellvars)
print(fn.__code__.co_freevars)
print(len(fn.__closure__))
print([c.cell_contents for c in fn.__closure__])
print(outer.__closure__)
