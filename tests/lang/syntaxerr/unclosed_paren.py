# Unclosed opening brackets at end of input.
cases = [
    'x = (1, 2\n',
    "print('hi'\n",
    'f(a,\n  b,\n',
    'x = (1 +\n     2 +\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
