# Unexpected indentation.
cases = [
    'x = 1\n    y = 2\n',
    '  x = 1\n',
    'def f():\n    pass\n        return\n',
    'if x:\n    a\n      b\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
