# Malformed call arguments.
cases = [
    'f(a=)\n',
    'f(,)\n',
    'f(a,,b)\n',
    'f(a.b=1)\n',
    'f(1=2)\n',
    'f(a for a in b for)\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
