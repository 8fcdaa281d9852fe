# f-string with an empty expression.
cases = [
    "f'{}'\n",
    "f'x{ }y'\n",
    "f'{!r}'\n",
    "f'{:>3}'\n",
    "f'{x}{}'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
