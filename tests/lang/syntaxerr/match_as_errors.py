# Invalid as-pattern targets.
cases = [
    'match x:\n    case 1 as _: pass\n',
    'match x:\n    case 1 as 2: pass\n',
    'match x:\n    case [a] as a.b: pass\n',
    'match x:\n    case _ as y: pass\n    case 1: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
