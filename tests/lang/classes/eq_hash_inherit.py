# __eq__/__hash__ inheritance rules
class A:
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return True     # B.__hash__ becomes None
class C(B):
    __hash__ = A.__hash__
class D(A): pass
print(A.__hash__ is not None, B.__hash__, C.__hash__ is A.__hash__, D.__hash__ is A.__hash__)
print(hash(A()), hash(C()), hash(D()))
try:
    hash(B())
except TypeError as e:
    print(e)
class E(int):
    def __eq__(self, o): return False
print(E.__hash__)
try:
    {E(1)}
except TypeError as e:
    print(e)
class F:
    def __ne__(self, o): return 'custom ne'
print(hash(F()) is not None, F() != 1, F() == F())
