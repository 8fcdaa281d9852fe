# Decorators on functions: applied bottom-up, result rebinds the name.
def trace(fn):
    def wrapper(*args):
        print("call", fn.__name__, args)
        return fn(*args)
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__)

def replace(fn):
    return 42

@replace
def gone():
    pass

print(gone)
