# Annotating several targets: an unparenthesized tuple is reported at its
# first element, a parenthesized one or a list as a whole.
cases = ['a, b: int\n', 'x.y, z: int = 1\n', '(a, b): int\n', '[a, b]: int\n', 'a, *b: int\n',
         '((a, b)): int\n', 'f(x)[0], y: str\n']
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
