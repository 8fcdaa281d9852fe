# f_lineno follows execution inside a function
import sys
def where():
    return sys._getframe(1).f_lineno
def f():
    a = where()
    b = where()

    c = where()
    return [b - a, c - a]
print(f())
base = where()
print(where() - base)
