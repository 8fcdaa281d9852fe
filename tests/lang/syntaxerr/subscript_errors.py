# Malformed subscripts and slices.
cases = [
    'x[]\n',
    'x[1:2:3:4]\n',
    'x[::, 1:]\n',
    'x[a=1]\n',
    'x[**k]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
