# Invalid class patterns.
cases = [
    'match x:\n    case C(a=1, b): pass\n',
    'match x:\n    case C(a=1, a=2): pass\n',
    'match x:\n    case C(x.y=1): pass\n',
    'match x:\n    case f()(): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
