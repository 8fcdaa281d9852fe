# Patterns may only match literals and attribute lookups.
cases = [
    "match x:\n    case f'{y}': pass\n",
    'match x:\n    case 1 + 2: pass\n',
    'match x:\n    case 1 + 2j + 3: pass\n',
    'match x:\n    case -a: pass\n',
    'match x:\n    case {f(): 1}: pass\n',
    'match x:\n    case a.b(): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
