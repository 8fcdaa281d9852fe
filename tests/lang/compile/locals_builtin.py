# locals() in functions, class bodies and module scope.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class C:
    x = 1
    y = sorted(k for k in locals() if not k.startswith("__"))
print(C.y)
print(locals() is globals())
def g():
    v = 1
    snap = locals()
    v = 2
    return snap["v"], locals()["v"]
print(g())
def h(q):
    def inner():
        return q
    return sorted(locals())
print(h(0))
