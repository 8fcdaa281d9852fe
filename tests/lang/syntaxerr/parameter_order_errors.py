# Misplaced /, *, ** in parameter lists.
cases = [
    'def f(/): pass\n',
    'def f(a, /, /): pass\n',
    'def f(*a, /): pass\n',
    'def f(*a, *b): pass\n',
    'def f(**kw, a): pass\n',
    'def f(**kw, *a): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
