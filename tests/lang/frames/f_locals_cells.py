# f_locals merges cell and free variables, in CPython's order.
import sys
def outer(p, q):
    captured = 1
    plain = 2
    def inner():
        r = captured + p
        return sys._getframe().f_locals
    return sys._getframe().f_locals, inner()
mine, inner_locals = outer(10, 20)
print(list(mine))
print(sorted(inner_locals.items()))
def cell_later():
    f = sys._getframe()
    early = list(f.f_locals)
    v = "set"
    lam = lambda: v
    return early, list(f.f_locals)
print(cell_later())
def arg_cell(x):
    def g():
        return x
    x = x + 1
    return locals()
print(sorted(arg_cell(5)))
print(arg_cell(5)["x"])
class C:
    def method(self):
        return sorted(locals()), __class__.__name__
print(C().method())
