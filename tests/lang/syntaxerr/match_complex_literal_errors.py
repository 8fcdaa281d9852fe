# Complex literal patterns need a real and an imaginary part.
cases = [
    'match x:\n    case 1j + 2: pass\n',
    'match x:\n    case 1 + 2: pass\n',
    'match x:\n    case 1j + 2j: pass\n',
    'match x:\n    case -1 - 1j: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
