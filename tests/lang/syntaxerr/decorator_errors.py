# Decorators on things that can't be decorated.
cases = [
    '@d\nx = 1\n',
    '@d\n',
    '@\ndef f(): pass\n',
    '@d e\ndef f(): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
