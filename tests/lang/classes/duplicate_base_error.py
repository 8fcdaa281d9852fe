# The same base twice is an error
class A: pass
try:
    class B(A, A): pass
except TypeError as e:
    print(e)
try:
    type('T', (int, int), {})
except TypeError as e:
    print(e)
class C(A, A): pass
