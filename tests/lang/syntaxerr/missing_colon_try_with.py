# Missing ':' after try/except/finally/with headers.
cases = [
    'try\n    pass\nexcept:\n    pass\n',
    'try:\n    pass\nexcept ValueError\n    pass\n',
    'try:\n    pass\nfinally\n    pass\n',
    'with open(f) as g\n    pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
