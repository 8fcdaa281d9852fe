# Assignment expressions where they must be parenthesized.
cases = [
    'x := 1\n',
    'f(a, b := 1 for c in d)\n',
    'y = x := 1\n',
    'def f(a := 1): pass\n',
    'x[a := 1, b := 2]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
