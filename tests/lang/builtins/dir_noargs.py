# dir() without an argument lists the caller's local names, sorted; vars()
# without one is locals(); dir(cls) uses type.__dir__.


def f(b, a=1):
    z = 3
    y = [z]
    print(dir())
    print(sorted(vars()))

    def inner():
        return y
    print(dir())
    return inner


f(0)


class C:
    x = 1
    print(dir())

    def m(self):
        return dir()


print(C().m())
print('C' in dir(), 'f' in dir(), 'x' in dir())
print([n for n in dir(C) if not n.startswith('__')])
for t in (bytes, str, int, list, C):
    names = dir(t)
    print(t.__name__, names == sorted(names), '__len__' in names, '__init__' in names)
print(len(dir(C())) >= 3, dir(C()) == sorted(dir(C())))
