# More invalid numeric literals.
cases = [
    'x = 0xg\n',
    'x = 1.2.3\n',
    'x = 5j1\n',
    'x = 0b\n',
    'x = 1_000_\n',
    'x = 0_7\n',
    'x = 1.e_1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
