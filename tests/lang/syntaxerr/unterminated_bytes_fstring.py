# Unterminated bytes, raw and f-string literals.
cases = [
    "b = b'abc\n",
    "r = r'abc\\'\n",
    "f = f'{x}\n",
    'x = rb"\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
