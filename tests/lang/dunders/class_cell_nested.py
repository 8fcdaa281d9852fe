class N:
    def m(self):
        def inner(): return __class__
        return inner()
    def m2(self):
        return [__class__ for _ in range(1)]
    def m3(self):
        return (lambda: __class__.__qualname__)()
    def m4(self):
        g = (__class__.__name__ for _ in range(1))
        return next(g)
n = N()
print(n.m().__name__, n.m2()[0].__name__, n.m3(), n.m4())
class M(N):
    def m(self):
        return __class__, super().m()
print([c.__name__ for c in M().m()])
def outer():
    return __class__
try:
    outer()
except NameError as e:
    print('NameError', e)
