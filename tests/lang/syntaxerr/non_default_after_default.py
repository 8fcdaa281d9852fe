# Non-default parameter after a default one.
cases = [
    'def f(a=1, b): pass\n',
    'def f(a, b=1, c, d=2): pass\n',
    'lambda a=1, b: 0\n',
    'def f(a=1, /, b): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
