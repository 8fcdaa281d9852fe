# A for-loop variable keeps the last item after the loop.
import sys


class T:
    pass


a = T()
b = T()
for item in [a, b]:
    pass
print(sys.getrefcount(a), sys.getrefcount(b))
del item
print(sys.getrefcount(a), sys.getrefcount(b))
for item in (a,):
    print(sys.getrefcount(a))
del item
print(sys.getrefcount(a))
