# __defaults__ / __kwdefaults__ are writable
def f(a, b=1, *, c=2):
    return (a, b, c)

print(f(0))
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
f.__kwdefaults__ = None
try:
    f(0, 1)
except TypeError as e:
    print(e)
