# Invalid numeric literals.
cases = [
    'x = 1abc\n',
    'x = 0x\n',
    'x = 0b102\n',
    'x = 0o8\n',
    'x = 1__0\n',
    'x = 1_\n',
    'x = 012\n',
    'x = 1e\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
