# f-string with an invalid conversion character.
cases = [
    "f'{x!z}'\n",
    "f'{x!}'\n",
    "f'{x!rr}'\n",
    "f'{x! r}'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
