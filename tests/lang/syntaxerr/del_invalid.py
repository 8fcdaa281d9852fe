# Invalid del targets.
cases = [
    'del f()\n',
    'del 1\n',
    'del a + b\n',
    'del (a, f())\n',
    'del [x for x in y]\n',
    'del *a\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
