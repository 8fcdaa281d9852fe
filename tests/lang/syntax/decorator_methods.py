# Decorators inside class bodies: staticmethod, classmethod, property.
class P:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, new):
        self._v = new * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__

p = P(3)
print(p.v)
p.v = 5
print(p.v, P.s(1), p.s(2), P.c(), p.c())
