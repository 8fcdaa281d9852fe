# Missing indented block after try/except/finally/with.
cases = [
    'try:\nx = 1\n',
    'try:\n    pass\nexcept:\nx\n',
    'try:\n    pass\nfinally:\n',
    'with x:\ny\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
