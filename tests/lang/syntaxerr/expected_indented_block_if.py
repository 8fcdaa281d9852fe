# Missing indented block after compound statement headers.
cases = [
    'if x:\npass\n',
    'if x:\n    pass\nelif y:\nz = 1\n',
    'if x:\n    pass\nelse:\n',
    'while x:\n\n# comment\nx = 1\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
