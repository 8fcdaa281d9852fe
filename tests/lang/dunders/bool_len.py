# truth value: __bool__ first, then __len__, else True
class B:
    def __bool__(self): print('bool'); return False
    def __len__(self): print('len'); return 5
class L:
    def __len__(self): return 0
class N: pass
print(bool(B()), bool(L()), bool(N()), not L())
if L(): print('truthy')
else: print('falsy')
print([x for x in [L(), N(), B()] if x].__len__())
print(bool(0) or L() or 'fallback')
class Z:
    __bool__ = None
try:
    bool(Z())
except TypeError as e:
    print(e)
