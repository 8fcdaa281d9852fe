# Classes, dunders, properties, super(), builtin subclasses and a metaclass (a crash once)
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v})"
    def __add__(self, o):
        return A(self.v + o.v)
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
    @property
    def double(self):
        return self.v * 2
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__

class B(A):
    def __init__(self, v):
        super().__init__(v * 10)
    def __len__(self): return self.v

a, b = A(1), B(2)
print(a, b, a + b, a == A(1), b.double, A.s(), B.c(), len(b), B.__mro__)
print(isinstance(b, A), issubclass(B, A), type(b).__name__, b.x)
class L(list):
    def total(self): return sum(self)
l = L([1,2,3]); l.append(4); print(l, l.total(), len(l))
class E(ValueError):
    def __init__(self, m): super().__init__("E: " + m)
try:
    raise E("boom")
except ValueError as e:
    print(repr(e), e.args)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['a'], d['zz'])
try:
    hash(a)
except TypeError as e: print(e)
class M(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=M): pass
print(T.tag, type(T))
def gen():
    yield 1
    yield 2
    return 3
print(list(gen()), sum(x*x for x in range(4)))
