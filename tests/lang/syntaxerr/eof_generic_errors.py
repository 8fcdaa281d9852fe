# A generic syntax error found at the end of the input: CPython reports the
# last line with offset 0.
cases = ["@d\n", "x = 1\n@d\n", "@d\n\n\n", "@d", "x=1\n@d\n# c\n", "@property\n@d\n"]
for src in cases:
    for mode in ("exec", "single"):
        try:
            compile(src, "<test>", mode)
            print("compiled", repr(src))
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
