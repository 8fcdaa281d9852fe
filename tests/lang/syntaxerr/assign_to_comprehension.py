# Assignment to displays and comprehensions.
cases = [
    '[x for x in y] = 1\n',
    '{a: b} = 1\n',
    '{a, b} = 1\n',
    '(x for x in y) = 1\n',
    '{**a} = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
