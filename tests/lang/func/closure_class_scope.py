# class bodies don't form closures for methods
x = "global"
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def f():
    x = "func"
    class D:
        def m(self):
            return x
        z = x
    return D().m(), D.z
print(f())
