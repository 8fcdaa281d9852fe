# free variable referenced before assignment
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    print(inner())
outer()
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
