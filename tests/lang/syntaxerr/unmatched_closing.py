# Closing brackets with no opener.
cases = [
    'x = 1)\n',
    'x = ]\n',
    '}\n',
    'print(1))\n',
    'a = [1]\nb = 2]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
