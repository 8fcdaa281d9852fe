# co_firstlineno: the def line (or first decorator line) of each code object.
def deco(f):
    return f
def a():
    pass
@deco
def b():
    pass
class C:
    def m(self):
        pass
lam = (lambda:
       0)
print(a.__code__.co_firstlineno, b.__code__.co_firstlineno, C.m.__code__.co_firstlineno)
print(lam.__code__.co_firstlineno)
c = compile("\n\nx = 1\ndef f():\n    pass\n", "f", "exec")
print(c.co_firstlineno)
ns = {}
exec(c, ns)
print(ns["f"].__code__.co_firstlineno)
