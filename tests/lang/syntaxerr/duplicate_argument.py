# Duplicate parameter names.
cases = [
    'def f(a, a): pass\n',
    'def f(a, *, a): pass\n',
    'def f(a, *a): pass\n',
    'def f(a, **a): pass\n',
    'lambda x, x: 1\n',
    'def f(a, /, b, a=1): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
