# NotImplemented from __add__ falls back to the other operand's __radd__
class A:
    def __add__(self, o):
        print('A.add'); return NotImplemented
class B:
    def __radd__(self, o):
        print('B.radd'); return 'B won'
class C:
    def __radd__(self, o):
        print('C.radd'); return NotImplemented
print(A() + B())
try:
    A() + C()
except TypeError as e:
    print(e)
print(bool(NotImplemented) if False else repr(NotImplemented), type(NotImplemented).__name__)
try:
    A() - 1
except TypeError as e:
    print(e)
try:
    1 + A()
except TypeError as e:
    print(e)
