# too many positional arguments, with and without defaults
def f(a):
    pass
def g(a, b=1):
    pass
def h():
    pass
def k(a, *, b):
    pass
for fn, args in [(f, (1, 2)), (g, (1, 2, 3)), (h, (1,)), (k, (1, 2))]:
    try:
        fn(*args)
    except TypeError as e:
        print(e)
try:
    k(1, 2, b=3)
except TypeError as e:
    print(e)
