# __del__ runs when the last reference goes; exceptions in it are reported, not raised
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = A(1)
b = a
del a
print('after del a')
del b
print('after del b')
def f():
    x = A(2)
    print('in f')
f()
print('after f')
c = A(3)
c = None
l = [A(4), A(5)]
l.clear()
print('end')
