# *args collects extra positional arguments into a tuple
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))
def fwd(*args):
    return total(*args, 1000)
print(fwd(1, 2))
print(f(*[1, 2], *(3,), 4, *"ab"))
def maxof(first, *others):
    m = first
    for o in others:
        if o > m:
            m = o
    return m
print(maxof(3), maxof(3, 9, 2))
