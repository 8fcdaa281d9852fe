# Plain 'invalid syntax' cases.
cases = [
    'x y\n',
    '1 +\n',
    'a = = 1\n',
    'def\n',
    'x = 1 2\n',
    'if = 3\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
