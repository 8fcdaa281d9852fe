# Metaclass conflicts and the most derived metaclass winning
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass          # M3 derives from M1: chosen
print(type(E).__name__)
class F(A, metaclass=type): pass  # explicit type, but M1 is more derived
print(type(F).__name__)
try:
    class G(A, metaclass=M2): pass
except TypeError as e:
    print(e)
class H(B, A): pass
