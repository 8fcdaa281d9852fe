# Characters not allowed in identifiers.
cases = [
    'a–b = 1\n',
    'x· = 1\n',
    '① = 1\n',
    's² = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
