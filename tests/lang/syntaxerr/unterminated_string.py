# Unterminated single-quoted strings.
cases = [
    "x = 'abc\n",
    's = "abc\ny = 2\n',
    "print('it's')\n",
    "x = 1\ny = 'a\\'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
