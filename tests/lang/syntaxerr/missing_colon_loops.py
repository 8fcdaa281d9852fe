# Missing ':' after for/while headers.
cases = [
    'for i in range(3)\n    pass\n',
    'while True\n    pass\n',
    'for x in y print(x)\n',
    'while x < 3 and y\n  x += 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
