# Unpacking inside comprehensions.
cases = [
    '[*x for x in y]\n',
    '{*x for x in y}\n',
    '{**d for d in ds}\n',
    '(*x for x in y)\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
