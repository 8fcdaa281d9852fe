class A:
    @classmethod
    def who(cls): return 'A.who ' + cls.__name__
class B(A):
    @classmethod
    def who(cls): return 'B>' + super().who()
    @staticmethod
    def st():
        try:
            return super().who()
        except Exception as e:
            return (type(e).__name__, str(e))
    @staticmethod
    def st2(x):
        try:
            return super().who()
        except Exception as e:
            return (type(e).__name__, str(e))
print(B.who(), B.st(), B.st2(B))
print(B.st2(3))
def f(): return super()
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
super(B, 1)
