# Keyword arguments, dict unpacking order and duplicates at runtime.
def f(**kw):
    return list(kw.items())
print(f(b=1, a=2))
print(f(**{"z": 1}, y=2))
def g(a, b):
    return a - b
print(g(b=1, a=5))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError", e)
