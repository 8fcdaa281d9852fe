# types.FunctionType(code, globals, name, argdefs, closure) builds functions from code objects.
def f(a, b=2): return a + b
F = type(f)
for args in [(f.__code__, {}, None, (5,)), (1, {}), (f.__code__, 1), (f.__code__, {}, 3), (f.__code__, {}, None, 3), (f.__code__, {}, None, None, (1,)), (f.__code__, {}, "renamed", (1, 2))]:
    try:
        g = F(*args); print(g.__name__, g.__qualname__, g.__defaults__, g.__module__, g(1))
    except Exception as e: print(type(e).__name__, e)
g = F(f.__code__, {"__name__": "mod"})
print(g.__module__, g.__name__)
def outer():
    x = 10
    def inner(y): return x + y
    return inner
inner = outer()
h = F(inner.__code__, {}, "h", None, inner.__closure__)
print(h(5), h.__name__)
try: F(inner.__code__, {}, None, None, ())
except ValueError as e: print(e)
try: F(inner.__code__, {})
except TypeError as e: print(e)
try: F(inner.__code__, {}, None, None, (1,))
except TypeError as e: print(e)
try: F(inner.__code__, {}, None, None, [1])
except TypeError as e: print(e)
k = F(code=f.__code__, globals={}, argdefs=(0, 0))
print(k(), k.__defaults__)
