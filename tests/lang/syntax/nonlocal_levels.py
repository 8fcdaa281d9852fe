# nonlocal picks the nearest enclosing function binding, skipping class scopes.
def f():
    x = "f"
    def g():
        x = "g"
        def h():
            nonlocal x
            x = "set by h"
        h()
        return x
    return g(), x
print(f())
def k():
    y = "k"
    class C:
        y = "class"
        def m(self):
            nonlocal y
            y = "set by m"
    C().m()
    return y, C.y
print(k())
