# A bare '*' in a lambda: the error points at the token that follows it
# (a def points at the '*' itself).
cases = ["lambda *, **k: 0\n", "lambda *: 0", "lambda *,: 0", "lambda a, *, **k: 0", "lambda *, **: 0",
         "def f(*, **kw): pass", "def f(a, *): pass", "f = lambda x, *: x"]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
