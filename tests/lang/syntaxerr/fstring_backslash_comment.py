# Backslashes and '#' inside f-string expressions (3.11 rules).
cases = [
    'f\'{"\\n".join(x)}\'\n',
    "f'{x # comment}'\n",
    'f\'{"a" + "\\t"}\'\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
