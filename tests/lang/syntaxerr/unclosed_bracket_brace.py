# Unclosed [ and { brackets.
cases = [
    'x = [1, 2, 3\n',
    "d = {'a': 1,\n",
    'x = [[1, 2], [3, 4]\n',
    'y = {1, 2\nz = 3\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
