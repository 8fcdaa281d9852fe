# Pattern binds the same name twice.
cases = [
    'match x:\n    case [a, a]: pass\n',
    "match x:\n    case {'k': a, 'j': a}: pass\n",
    'match x:\n    case C(a, b=a): pass\n',
    'match x:\n    case [a, *a]: pass\n',
    'match x:\n    case (a as a): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
