# __name__ and __qualname__ are writable, but only with str
def f():
    pass
f.__name__ = "g"
f.__qualname__ = "X.g"
print(f.__name__, f.__qualname__)
print(repr(f).startswith("<function X.g at"))
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
