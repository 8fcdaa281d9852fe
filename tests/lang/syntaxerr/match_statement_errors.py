# Malformed match statements and case blocks.
cases = [
    'match x:\n    pass\n',
    'match x:\ncase 1:\n    pass\n',
    'match x\n    case 1: pass\n',
    'match x:\n    case 1\n        pass\n',
    'match:\n    case 1: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
