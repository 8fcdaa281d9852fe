# Malformed assert and raise statements.
cases = [
    'assert\n',
    'assert x,\n',
    'raise X from\n',
    "raise X, 'msg'\n",
    'raise from X\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
