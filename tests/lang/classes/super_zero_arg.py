# super() with no arguments in methods, classmethods, and nested functions
class A:
    def m(self): return 'A.m'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
class B(A):
    def m(self): return 'B.m/' + super().m()
    @classmethod
    def c(cls): return 'B.c/' + super().c()
    def lam(self):
        return (lambda: super().m())()  # no __class__ cell issue: lambda sees it
    def gen(self):
        yield super().m()
print(B().m(), B.c(), B().lam(), list(B().gen()))
print(super(B, B()).s())
class C(B): pass
print(C().m(), C.c())
