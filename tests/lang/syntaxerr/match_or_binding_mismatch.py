# Alternatives of an or-pattern must bind the same names.
cases = [
    'match x:\n    case [a] | [b]: pass\n',
    'match x:\n    case [a, b] | [a]: pass\n',
    'match x:\n    case 1 | y: pass\n',
    "match x:\n    case {'k': a} | {'j': _}: pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
