# dir() returns a sorted list with inherited names; __dir__ overrides it
class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
    def __init__(self): self.inst = 3
names = dir(B())
print([n for n in names if not n.startswith('__')])
print(names == sorted(names), '__init__' in names, '__class__' in names)
class D:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(D()))
class T:
    def __dir__(self): return ('b', 'a')
print(dir(T()))
class Bad:
    def __dir__(self): return 5
try:
    dir(Bad())
except TypeError as e:
    print(e)
print([n for n in dir(B) if not n.startswith('__')])
import math
print('sqrt' in dir(math), dir(math) == sorted(dir(math)))
