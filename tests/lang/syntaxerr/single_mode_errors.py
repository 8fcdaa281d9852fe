# 'single' mode accepts one statement only.
cases = [
    'x = 1\ny = 2\n',
    '1\n2\n',
    'def f(): pass\nx = 1\n',
    'x = (\n',
]
for src in cases:
    try:
        compile(src, "<test>", "single")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
