# Bytes literals with non-ASCII characters and mixing with str.
cases = [
    "x = b'café'\n",
    "x = b'a' 'b'\n",
    "x = 'a' b'b'\n",
    "x = b'中'\n",
    "x = f'a' b'b'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
