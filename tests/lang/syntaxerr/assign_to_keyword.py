# Assignment to keywords and constants.
cases = [
    'True = 1\n',
    'False = 0\n',
    'None += 1\n',
    'def f(None): pass\n',
    'f(True=1)\n',
    '__debug__ = 1\n',
    'class C: __debug__ = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
