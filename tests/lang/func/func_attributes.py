# Introspection attributes of functions
def f(a, b=2, *args, c, d=4, **kw):
    "doc string here"
    return a
print(f.__name__)
print(f.__doc__)
print(f.__defaults__)
print(f.__kwdefaults__)
g = f
print(g.__name__, g is f)
def h():
    pass
print(h.__doc__, h.__defaults__)
print(type(f).__name__, type(len).__name__)
print(f.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__)
