# decorators on methods, static/class methods and properties
def trace(fn):
    def w(*a, **k):
        print("->", fn.__name__, len(a))
        return fn(*a, **k)
    return w
class C:
    @trace
    def m(self, x):
        return x * 2
    @staticmethod
    @trace
    def s(x):
        return x + 1
    @classmethod
    @trace
    def c(cls):
        return cls.__name__
    @property
    @trace
    def p(self):
        return 42
o = C()
print(o.m(3), C.s(1), o.s(2), C.c(), o.p)
