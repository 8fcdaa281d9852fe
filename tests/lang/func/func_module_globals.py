# __module__, __globals__ and __builtins__ of functions
def f():
    pass
print(f.__module__)
print(f.__globals__ is globals())
print(f.__globals__["f"] is f)
try:
    f.__globals__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
lam = lambda: 0
print(lam.__module__, lam.__name__)
