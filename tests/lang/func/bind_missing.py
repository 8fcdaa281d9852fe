# missing positional arguments: singular, plural, and list formatting
def f(a, b, c):
    pass
for args in [(), (1,), (1, 2)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
def g(a, b, c, d):
    pass
try:
    g()
except TypeError as e:
    print(e)
