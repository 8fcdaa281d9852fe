# Assignment to a function call.
cases = [
    'f() = 1\n',
    'a.b() = 1\n',
    'x, f() = 1, 2\n',
    'for f() in y: pass\n',
    'with a as f(): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
