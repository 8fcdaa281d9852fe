# Malformed global/nonlocal statements.
cases = [
    'global\n',
    'global x,\n',
    'global x.y\n',
    'def f():\n    nonlocal\n',
    'global 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
