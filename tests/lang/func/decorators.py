# Decorators as plain functions
def trace(f):
    def wrapper(*args, **kw):
        print("call", f.__name__, args, kw)
        r = f(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
add(a=3, b=4)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bo"))
def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco
reg = []
@register(reg)
def one(): pass
@register(reg)
@trace
def two(): return 2
print(reg)
print(two())
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
