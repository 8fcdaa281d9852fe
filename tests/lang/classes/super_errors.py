# super() misuse errors
class A: pass
class B: pass
try:
    super(A, B())
except TypeError as e:
    print(e)
try:
    super(A, 5)
except TypeError as e:
    print(e)
try:
    super(1, 2)
except TypeError as e:
    print(e)
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
class C:
    def m():
        return super()
try:
    C.m()
except RuntimeError as e:
    print(e)
super()
