# Assignment to operators, comparisons and other expressions.
cases = [
    'a + b = 1\n',
    '-x = 1\n',
    'a < b = 1\n',
    'x if y else z = 1\n',
    'lambda: 1 = 1\n',
    "f'{x}' = 1\n",
    '(yield) = 1\n',
    '... = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
