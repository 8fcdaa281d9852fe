# Starred expressions where they are not allowed.
cases = [
    'x = *a\n',
    'print(*a if b else c)\n',
    'del *a, b\n',
    'f(**)\n',
    'x = (*a)\n',
    'y = *a, **b\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
