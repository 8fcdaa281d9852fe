# Unparenthesized tuple as comprehension element.
cases = [
    '[x, y for x in z]\n',
    '{x, y for x in z}\n',
    '[a, b, c for a in z]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
