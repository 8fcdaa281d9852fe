# Invalid lambda forms.
cases = [
    'lambda x: (yield)\n',
    'lambda (x): x\n',
    'lambda x=1, y: x\n',
    'lambda: x = 1\n',
    'f = lambda x: return x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
