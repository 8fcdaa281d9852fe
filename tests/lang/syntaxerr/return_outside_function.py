# return at module or class level.
cases = [
    'return\n',
    'return 1\n',
    'class C:\n    return 1\n',
    'if True:\n    return\n',
    'for x in y:\n    return x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
