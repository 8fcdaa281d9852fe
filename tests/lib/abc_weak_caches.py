# The registry and caches hold weak references: classes that die drop out.
import abc, _abc, gc

class A(abc.ABC):
    pass
def sizes():
    return tuple(len(s) for s in _abc._get_dump(A)[:3])

def make():
    class Reg:
        pass
    class Pos(A):
        pass
    class Neg:
        pass
    A.register(Reg)
    print(issubclass(Pos, A), issubclass(Neg, A), isinstance(Reg(), A))
    print(sizes())
make()
gc.collect()
print(sizes())
# a live class stays
class Keep:
    pass
A.register(Keep)
print(issubclass(Keep, A), sizes())
del Keep
gc.collect()
print(sizes())
# an ABC can die too; the weak reference callbacks then do nothing
def abc_dies():
    class B(abc.ABC):
        pass
    class C:
        pass
    B.register(C)
    print(issubclass(C, B), issubclass(int, B))
    return C
C = abc_dies()
gc.collect()
del C
gc.collect()
print("done")
