# Invalid \x, \u, \U and \N escapes.
cases = [
    "x = '\\x4'\n",
    "x = '\\u12'\n",
    "x = '\\U1234'\n",
    "x = '\\N{NO SUCH CHARACTER NAME}'\n",
    "x = '\\N'\n",
    "x = '\\U00110000'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
