# Unexpected characters after a line continuation backslash.
cases = [
    'x = 1 + \\ 2\n',
    'x = \\  # comment\n',
    'a = 1\\\n',
    'y = [1, \\x]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
