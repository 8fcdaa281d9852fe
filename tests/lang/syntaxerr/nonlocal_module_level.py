# nonlocal at module level.
cases = [
    'nonlocal x\n',
    'x = 1\nnonlocal x\n',
    'class C:\n    nonlocal y\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
