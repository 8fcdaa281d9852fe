# 'Perhaps you forgot a comma?' hints.
cases = [
    'x = [1 2 3]\n',
    'f(a b)\n',
    't = (1 2)\n',
    "s = {'a' 'b' c}\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
