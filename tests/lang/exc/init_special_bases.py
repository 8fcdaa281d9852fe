# Exception initialization: args kept or rebuilt, keyword errors, and the
# attributes of the builtin exceptions with their own initializers.
class ExitCode(SystemExit):
    pass


class NotThere(FileNotFoundError):
    pass


class Plain(ValueError):
    pass


e = ExitCode(3)
print(e.code, e.args, ExitCode().code, ExitCode(1, 2).code)
o = NotThere(2, "missing", "f.txt")
print(o.errno, o.strerror, o.filename, o.args)
p = Plain(1, 2)
print(p.args, hasattr(p, "code"))
p.__init__(9)
print(p.args)
try:
    Plain(x=1)
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    ValueError(1, y=2)
except TypeError as exc:
    print(type(exc).__name__, exc)


class Keeps(Exception):
    def __init__(self, a, b):
        self.pair = (a, b)


k = Keeps(1, 2)
print(k.args, k.pair)


class Changes(Exception):
    def __init__(self, a):
        super().__init__(a * 2)


print(Changes(4).args)
print(SyntaxError("m", ("f", 1, 2, "t")).lineno, ImportError("x", name="n").name)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
