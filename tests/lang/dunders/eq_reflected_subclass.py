# == tries the right operand's reflected __eq__ first when it is a subclass overriding it
class A:
    def __eq__(self, o):
        print('A.__eq__'); return NotImplemented
class B(A):
    def __eq__(self, o):
        print('B.__eq__'); return 'B says'
print(A() == B())
print(B() == A())
class C(A): pass
print(A() == C())
print(1 == A(), A() != 1)
class S(str):
    def __eq__(self, o): return 'S.eq'
print('x' == S('x'), S('x') == 'x')
