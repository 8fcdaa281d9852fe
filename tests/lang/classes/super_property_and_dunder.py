# super() finds properties and dunders of bases; super().__init__ on object
class A:
    @property
    def p(self): return 'A.p'
    def __getitem__(self, k): return ('A', k)
class B(A):
    @property
    def p(self): return 'B.p+' + super().p
    def __getitem__(self, k): return ('B',) + super().__getitem__(k)
b = B()
print(b.p, b[3])
class C:
    def __init__(self, x):
        super().__init__()
        self.x = x
print(C(4).x)
try:
    super(B, b).q
except AttributeError as e:
    print(e)
