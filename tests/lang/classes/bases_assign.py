class A: 
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class D(C): pass
print(D().f(), C.__mro__)
C.__bases__ = (B,)
print(D().f(), D.__mro__, C.__base__)
for bad in [(), [A], (int,), (D,), (3,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError", e)
print(C.__bases__)
