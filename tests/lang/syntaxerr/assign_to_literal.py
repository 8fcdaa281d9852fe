# Assignment to a literal.
cases = [
    '1 = x\n',
    "'s' = 1\n",
    'x = 1 = y\n',
    '(1, 2) = x\n',
    '[a, 2] = x\n',
    'None = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
