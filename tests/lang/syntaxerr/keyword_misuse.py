# Keywords used where expressions are expected.
cases = [
    'x = if\n',
    'f(class)\n',
    'x = [import]\n',
    'x = 1 + def\n',
    'x.return = 1\n',
    'x = not\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
