# Missing ':' after if/elif/else headers.
cases = [
    'if x\n    pass\n',
    'if x:\n    pass\nelif y\n    pass\n',
    'if x:\n    pass\nelse\n    pass\n',
    'x = 1\nif x == 1 print(x)\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
