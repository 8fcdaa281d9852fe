# is / is not and id() equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, True is True, a is not c)
def f():
    pass
g = f
print(f is g, id(f) == id(g))
t = ()
print(t == (), type(t) is tuple, type(1) is int, type('') is str)
x = 256
y = 255 + 1
print(x == y)
d = {}
print(d.setdefault('k', a) is a)
print(type(None).__name__, type(...).__name__, ... is Ellipsis)
