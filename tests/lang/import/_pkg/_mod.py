def f():
    return "f from " + __name__
