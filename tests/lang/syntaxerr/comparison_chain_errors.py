# Broken comparisons and boolean operators.
cases = [
    'x = a <\n',
    'x = a not b\n',
    'x = a is not\n',
    'x = a and\n',
    'x = a < < b\n',
    'x = not in b\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
