# Malformed with statements.
cases = [
    'with: pass\n',
    'with a as 1: pass\n',
    'with (a as b: pass\n',
    'with a as (b, 1): pass\n',
    'with a, : pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
