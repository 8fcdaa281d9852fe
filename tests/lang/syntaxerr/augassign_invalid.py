# Illegal targets for augmented assignment.
cases = [
    '(a, b) += 1\n',
    '[a] += 1\n',
    'f() += 1\n',
    '1 += 1\n',
    'a, b += 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
