# Invalid mapping patterns.
cases = [
    "match x:\n    case {'a': 1, 'a': 2}: pass\n",
    'match x:\n    case {a: 1}: pass\n',
    'match x:\n    case {**r, **s}: pass\n',
    'match x:\n    case {1: _, 1: _}: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
