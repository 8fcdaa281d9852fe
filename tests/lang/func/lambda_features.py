# lambdas with defaults, varargs, kwonly and closures
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(f(1), f(1, 3, 5, d=0, z=1))
make = lambda n: lambda x: x + n
print(make(3)(4))
print((lambda: (yield))().__class__.__name__)
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
