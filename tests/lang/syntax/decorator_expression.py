# Any expression is a decorator (PEP 614).
decos = [lambda f: f, lambda f: (lambda: "second:" + f())]
class Holder:
    def __init__(self):
        self.table = {"up": lambda f: (lambda: f().upper())}
h = Holder()

@decos[1]
def a():
    return "a"

@h.table["up"]
def b():
    return "b"

@(lambda f: f)
def c():
    return "c"

@decos[0] if True else None
def d():
    return "d"

print(a(), b(), c(), d())
