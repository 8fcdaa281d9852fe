# TabError: indentation whose meaning depends on the tab size.
cases = [
    "if x:\n\ty = 1\n        z = 2\n",
    "if x:\n        y = 1\n\tz = 2\n",
    "def f():\n    if x:\n\treturn 1\n",
    "if x:\n  \ty = 1\n\t  z = 2\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, IndentationError), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
