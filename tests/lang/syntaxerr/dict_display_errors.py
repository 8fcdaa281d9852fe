# Malformed dict and set displays.
cases = [
    '{1: }\n',
    '{: 1}\n',
    '{1: 2, 3}\n',
    '{**}\n',
    '{1, 2: 3}\n',
    '{a: b for a in}\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
