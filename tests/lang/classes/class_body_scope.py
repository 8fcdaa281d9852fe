# Class body scope: names are not visible inside methods; comprehensions see only the iterable
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def m(self):
        return x
    items = [x for _ in range(2)]
    first = [n for n in (x,)]
print(C.y, C().m(), C.items, C.first)
def outer():
    z = 'enclosing'
    class D:
        z2 = z
        def m(self): return z
    return D
D = outer()
print(D.z2, D().m())
class E:
    a = 1
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        b = str(e)
print(E.b)
