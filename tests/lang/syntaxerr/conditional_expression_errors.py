# Incomplete conditional expressions.
cases = [
    'x = 1 if y\n',
    'x = 1 if y else\n',
    'x = if y else 2\n',
    'x = [a if b for a in c]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
