# Statements are rejected in 'eval' mode.
cases = [
    'x = 1',
    'import sys',
    'def f(): pass',
    'pass',
    '1; 2',
    'if x: y',
]
for src in cases:
    try:
        compile(src, "<test>", "eval")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
