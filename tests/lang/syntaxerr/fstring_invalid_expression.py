# f-string expressions that don't parse.
cases = [
    "f'{x y}'\n",
    "f'{a b c}'\n",
    "f'{=}'\n",
    "f'{x!r=}'\n",
    "f'{lambda x: 1}'\n",
    "f'{yield}'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
