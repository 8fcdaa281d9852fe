# co_cellvars are locals captured by inner functions; co_freevars are captured from outside.
def outer(a, b):
    c = 3
    d = 4
    def inner():
        return a + c
    def other():
        return inner
    return inner, other
print(sorted(outer.__code__.co_cellvars))
inner, other = outer(1, 2)
print(inner.__code__.co_freevars, other.__code__.co_freevars)
print(outer.__code__.co_freevars, inner.__code__.co_cellvars)
print([cell.cell_contents for cell in inner.__closure__])
def plain(x):
    return x
print(plain.__closure__, plain.__code__.co_cellvars, plain.__code__.co_freevars)
