# Irrefutable patterns that make later cases unreachable.
cases = [
    'match x:\n    case y:\n        pass\n    case 1:\n        pass\n',
    'match x:\n    case _:\n        pass\n    case 2:\n        pass\n',
    'match x:\n    case (y):\n        pass\n    case z:\n        pass\n',
    'match x:\n    case a | 1:\n        pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
