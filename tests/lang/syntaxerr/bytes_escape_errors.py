# Invalid \x escapes in bytes literals.
cases = [
    "x = b'\\x4'\n",
    "x = b'\\xZZ'\n",
    "x = b'ok\\x'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
