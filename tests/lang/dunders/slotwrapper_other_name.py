print(int.__str__ is object.__str__, int.__repr__)
class A(int):
    def __repr__(self): return "A-repr"
A.__str__ = int.__repr__
print(str(A(5)), repr(A(5)), "%s" % A(5), f"{A(5)!s}")
class B(int):
    def __repr__(self): return "B-repr"
    __str__ = int.__repr__
print(str(B(6)))
class C(int):
    def __repr__(self): return "C-repr"
    __format__ = int.__format__
print(format(C(3)), f"{C(3)}")
