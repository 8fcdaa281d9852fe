# classmethod/staticmethod called on instances and classes, and their wrapped function
class A:
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @staticmethod
    def sm(x): return ('static', x)
class B(A): pass
print(A.cm(1), A().cm(2), B.cm(3), B().cm(4))
print(A.sm(1), A().sm(2), B.sm(3))
cm = A.__dict__['cm']; sm = A.__dict__['sm']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, B)(5), sm.__get__(None, A)(6))
print(A.cm.__self__ is A, A.cm.__func__ is cm.__func__)
print(sm(7), callable(sm), callable(cm))
print(A.cm.__name__, A.sm.__name__, A.sm.__qualname__, cm.__wrapped__ is cm.__func__)
def plain(x): return x * 2
print(staticmethod(plain)(4), classmethod(plain).__func__ is plain)
try:
    cm(1)
except TypeError as e:
    print(e)
