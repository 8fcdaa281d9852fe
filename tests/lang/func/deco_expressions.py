# PEP 614: any expression as a decorator
decos = {"up": lambda f: lambda: f().upper()}
class NS:
    def ident(self, f):
        return f
ns = NS()
@decos["up"]
def a():
    return "a"
@ns.ident
def b():
    return "b"
@(lambda f: lambda: f() * 2)
def c():
    return "c"
print(a(), b(), c())
