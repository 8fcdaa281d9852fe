# Unmatched brackets inside f-string expressions.
cases = [
    "f'{x(}'\n",
    "f'{x)}'\n",
    "f'{[1, 2}'\n",
    "f'{x[}'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
