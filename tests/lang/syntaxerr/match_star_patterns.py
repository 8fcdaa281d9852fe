# Invalid star patterns.
cases = [
    'match x:\n    case [*a, *b]: pass\n',
    'match x:\n    case *a: pass\n',
    "match x:\n    case {**r, 'k': 1}: pass\n",
    'match x:\n    case {**_}: pass\n',
    'match x:\n    case [*_, *_]: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
