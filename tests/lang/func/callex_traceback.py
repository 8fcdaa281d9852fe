# test: full-stderr
# A traceback through f(*args) and f(**kw) calls lists every frame.
def inner(x, y):
    return x / y

def middle(*args):
    return inner(*args)

def outer(**kw):
    return middle(*kw.values())

outer(a=1, b=0)
