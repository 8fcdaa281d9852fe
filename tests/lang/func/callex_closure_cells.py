# Functions with cells and free variables called through *args/**kwargs.
def make(n):
    def add(*xs, **kw):
        total = n + sum(xs) + sum(kw.values())
        def show():
            return total
        return show()
    return add

add = make(100)
print(add(*range(5)))
print(add(**{'a': 1, 'b': 2}))
print(add(*[1], **{'c': 3}))

def argcell(a, *rest):
    return lambda: (a, rest)

print(argcell(*(1, 2, 3))())
