# Closing bracket that doesn't match the opener.
cases = [
    'x = (1, 2]\n',
    'x = [1, 2)\n',
    'd = {1: 2)\n',
    'x = (1,\n     2]\n',
    'f(a[1)]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
