# positional-only parameters with defaults and kwargs of the same name
def f(a, b=2, /, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9))
def g(x=1, /, **kw):
    return x, kw
print(g(x=5))
try:
    f()
except TypeError as e:
    print(e)
try:
    compile("def h(a=1, /, b):\n    pass\n", "t", "exec")
except SyntaxError as e:
    print(e.msg)
