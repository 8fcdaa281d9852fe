# Indentation problems raise IndentationError, a SyntaxError subclass.
cases = [
    'if x:\ny\n',
    '  x\n',
    'if x:\n    a\n  b\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError), type(e).__mro__[1].__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
