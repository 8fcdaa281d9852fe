# Invalid characters in source.
cases = [
    'x = 1 $ 2\n',
    'a ? b\n',
    'x = €\n',
    'x = 1\xa0+ 1\n',
    'print(“hello”)\n',
    'x = `1`\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
