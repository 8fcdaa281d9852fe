# Missing ':' after def/class headers.
cases = [
    'def f()\n    return 1\n',
    'def f(a, b) -> int\n    return a\n',
    'class C\n    pass\n',
    'class C(Base)\n    pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
