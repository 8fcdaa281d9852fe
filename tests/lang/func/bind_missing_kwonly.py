# missing keyword-only arguments
def f(*, a, b):
    pass
try:
    f()
except TypeError as e:
    print(e)
try:
    f(a=1)
except TypeError as e:
    print(e)
def g(x, *, y):
    pass
try:
    g(1)
except TypeError as e:
    print(e)
