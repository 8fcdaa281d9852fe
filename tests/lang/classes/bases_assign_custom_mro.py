# A metaclass's mro() runs again when __bases__ changes; if it fails, nothing changes.
class Meta(type):
    def mro(cls):
        print('mro()', cls.__name__)
        if cls.__dict__.get('refuse') and len(cls.__bases__) > 1:
            raise ValueError('refused')
        return super().mro()
class A(metaclass=Meta): pass
class B(metaclass=Meta): pass
class C(A): pass
C.__bases__ = (B,)
print([k.__name__ for k in C.__mro__])
class D(A):
    refuse = True
try:
    D.__bases__ = (A, B)
except ValueError as e:
    print('ValueError', e)
print([k.__name__ for k in D.__mro__], D.__bases__)
