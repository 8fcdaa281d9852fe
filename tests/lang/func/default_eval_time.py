# defaults are evaluated once, at def time, left to right
order = []
def val(x):
    order.append(x)
    return x
def f(a=val(1), b=val(2), *, c=val(3)):
    return a, b, c
print(order)
print(f(), order)
x = 5
def g(y=x):
    return y
x = 6
print(g())
