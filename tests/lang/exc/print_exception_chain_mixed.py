# test: full-stderr
# A chain mixing implicit context and explicit cause prints every link in order
def a():
    raise KeyError('a')
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError('b') from e
def c():
    try:
        b()
    except ValueError:
        raise RuntimeError('c')
c()
