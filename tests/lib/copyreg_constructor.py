import copyreg, pickle, copy
class Cplx:
    def __init__(self, re, im): self.re, self.im = re, im
    def __repr__(self): return "Cplx(%r, %r)" % (self.re, self.im)
def make(re, im): return Cplx(re, im)
copyreg.constructor(make)
copyreg.pickle(Cplx, lambda c: (make, (c.re, c.im)))
print(copy.deepcopy(Cplx(1, [2])), pickle.loads(pickle.dumps(Cplx(3, 4))))
try:
    copyreg.constructor(5)
except TypeError as e:
    print("TypeError", e)
class Base:
    pass
class Obj(Base):
    __slots__ = ("a", "__dict__")
o = Obj(); o.a = 1; o.b = 2
r = o.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2])
print(copyreg.__reduce_ex__ is not None, copyreg._reconstructor.__name__)
print(pickle.loads(pickle.dumps(o)).a, copy.copy(o).b)
