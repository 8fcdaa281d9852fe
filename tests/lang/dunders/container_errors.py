# Subscripting objects without container dunders
class C: pass
class RO:
    def __getitem__(self, k): return k
for f in [lambda: C()[0], lambda: RO().__setitem__, lambda: C().__len__]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def setit(): RO()[0] = 1
def delit(): del RO()[0]
def lenit(): len(C())
for f in (setit, delit, lenit):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    (1, 2)['a']
except TypeError as e:
    print(e)
del C()[0]
