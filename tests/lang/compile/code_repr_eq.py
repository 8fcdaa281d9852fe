# repr, equality and hash of code objects.
def f():
    return 1


r = repr(f.__code__)
print(r.startswith("<code object f at 0x"), r.endswith(", line 2>"), 'file "' in r)
a = compile("x = 1 + y", "<a>", "exec")
b = compile("x = 1 + y", "<a>", "exec")
c = compile("x = 2 + y", "<a>", "exec")
d = compile("x = 1 + y", "<a>", "eval" if False else "exec")
print(a == b, a != b, hash(a) == hash(b), a == c, a == d)
print(a == compile("x = 1 + y", "<other>", "exec"))
print(a == 1, a != "x")
print(compile("0", "<k>", "eval") == compile("0.0", "<k>", "eval"))
print(compile("(0,)", "<k>", "eval") == compile("(False,)", "<k>", "eval"))
print(len({a, b, c}))
