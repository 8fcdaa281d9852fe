# yield / yield from outside a function.
cases = [
    'yield 1\n',
    'x = yield\n',
    'yield from x\n',
    'class C:\n    yield 1\n',
    '[(yield x) for x in y]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
