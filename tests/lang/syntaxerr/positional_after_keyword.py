# Positional arguments after keyword arguments.
cases = [
    'f(a=1, 2)\n',
    'f(x, y=1, z)\n',
    'f(**k, x)\n',
    'f(**k, *a)\n',
    'f(a=1, *b, c)\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
