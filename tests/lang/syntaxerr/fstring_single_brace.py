# f-string with unbalanced braces.
cases = [
    "f'}'\n",
    "f'{'\n",
    "f'a}b'\n",
    "f'{x'\n",
    "f'{x!r'\n",
    "f'{x:{y}'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
