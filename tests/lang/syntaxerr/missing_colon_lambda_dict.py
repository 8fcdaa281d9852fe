# Missing ':' in lambda and dict displays.
cases = [
    'f = lambda x x\n',
    "d = {'a' 1}\n",
    "d = {'a': 1, 'b'}\n",
    'd = {1: 2, 3 4}\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
