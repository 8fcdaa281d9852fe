# A class keeps __qualname__ out of its __dict__; assignment checks the type.
class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, '__qualname__' in Outer.Inner.__dict__)
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner()).split(' ')[0])
C = type('C', (), {'__qualname__': 'Q.C'})
print(C.__qualname__, '__qualname__' in C.__dict__)
try:
    type('D', (), {'__qualname__': 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
del Outer.__qualname__
