# `in`: __contains__, else __iter__, else __getitem__ from 0 until IndexError
class WithContains:
    def __contains__(self, x): print('contains', x); return x == 1
class WithIter:
    def __iter__(self): print('iter'); return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3: raise IndexError
        return i * 10
print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())
class Truthy:
    def __contains__(self, x): return 'yes'
print(0 in Truthy())
try:
    1 in object()
except TypeError as e:
    print(e)
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
1 in NoneContains()
