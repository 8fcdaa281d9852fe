# str() and repr() of exceptions with various args
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1),
         KeyError("k"), KeyError(), KeyError(1, 2), IndexError("list index out of range"),
         Exception(None), Exception(""), TypeError([1, 2]), RuntimeError(("t",))]
for c in cases:
    print(repr(c), "|", str(c), "|", c.args, "|", len(c.args))
try:
    d = {}
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}['quote']
except KeyError as e:
    print("str:", str(e), "args[0]:", e.args[0])
e = ValueError("x")
e.args = ("changed",)
print(e)
