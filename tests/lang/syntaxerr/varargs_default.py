# Defaults on *args and **kwargs.
cases = [
    'def f(*a=1): pass\n',
    'def f(**k=1): pass\n',
    'lambda *a=1: 0\n',
    'def f(*, a, **k=2): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
