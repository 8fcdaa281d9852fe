# Unexpected end of input inside statements.
cases = [
    'x = \n',
    'if True:\n',
    'def f(\n',
    'x = [1,\n',
    'class C(\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
