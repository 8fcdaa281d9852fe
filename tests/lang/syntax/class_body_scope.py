# Class body scope: names not visible in methods; visible in the body.
x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def outer():
    v = "outer"
    class D:
        w = v
        def get(self):
            return v
    class E:
        try:
            w = v
        except NameError as e:
            w = "NameError"
        v = "E"
    return D, E
D, E = outer()
print(D.w, D().get(), E.w, E.v)
