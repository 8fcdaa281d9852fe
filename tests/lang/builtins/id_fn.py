# id() only compared for equality
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
x = None
print(id(x) == id(None), id(True) == id(True))
def f():
    pass
fs = [f, f]
print(id(fs[0]) == id(fs[1]))
d = {'k': a}
print(id(d['k']) == id(a))
print(type(id(a)).__name__, id(a) == id(a))
s = "hello"
t = s
print(id(s) == id(t))
