# Invalid uses of starred targets in assignment.
cases = [
    '*a = [1]\n',
    'a, *b, *c = x\n',
    '*a, *b = x\n',
    '[*a, *b] = x\n',
    'for *x in y: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
