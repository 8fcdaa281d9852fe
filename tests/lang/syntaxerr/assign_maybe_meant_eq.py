# Assignment where a comparison was meant.
cases = [
    'if x = 1:\n    pass\n',
    'while x = 2: pass\n',
    'if f() = 1: pass\n',
    'if x.y = 1: pass\n',
    'assert a = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
