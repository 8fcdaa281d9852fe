# Invalid annotation targets.
cases = [
    'a, b: int\n',
    '(a, b): int = 1\n',
    '[a]: int\n',
    'f(): int\n',
    '1: int\n',
    'x.y: int, z\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
