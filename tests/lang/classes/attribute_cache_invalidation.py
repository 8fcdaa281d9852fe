# Class attribute changes are seen at once, through instances and subclasses
# (Krait caches type attribute lookups and must drop them on every change).
class A:
    x = 1
    def m(self):
        return "A.m"

class B(A):
    pass

b = B()
for _ in range(3):
    print(b.x, b.m(), B.x)
A.x = 2
A.m = lambda self: "new m"
print(b.x, b.m(), B.x)
B.x = 3
print(b.x, A().x)
del B.x
print(b.x)
del A.x
try:
    b.x
except AttributeError as e:
    print("AttributeError", e)
A.__add__ = lambda self, other: "added"
print(b + 1)
A.__add__ = lambda self, other: "added again"
print(b + 1)
del A.__add__
try:
    b + 1
except TypeError as e:
    print("TypeError", e)
def make():
    class C:
        v = "first"
    return C
for i in range(3):
    C = make()
    print(C().v)
    C.v = i
    print(C().v)
