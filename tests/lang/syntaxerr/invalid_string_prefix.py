# String prefixes that don't exist.
cases = [
    "x = ur'a'\n",
    "x = bu'a'\n",
    "x = fb'a'\n",
    "x = ub'a'\n",
    "x = rr'a'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
