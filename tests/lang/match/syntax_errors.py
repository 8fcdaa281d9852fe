# Compile-time pattern errors: message, line, offset and end.
cases = [
    'match x:\n    case a:\n        pass\n    case b:\n        pass\n',
    'match x:\n    case [a, *b, *c]: pass\n',
    'match x:\n    case {1: a, 1.0: b}: pass\n',
    'match x:\n    case {True: a, 1: b}: pass\n',
    'match x:\n    case {"a": 1, **rest, }: pass\n',
    'match x:\n    case C(a, b=1, b=2): pass\n',
    'match x:\n    case [a] | [a, b]: pass\n',
    'match x:\n    case [a, b] | [b, c]: pass\n',
    'match x:\n    case (a | b): pass\n',
    'match x:\n    case _ | 1: pass\n',
    'match x:\n    case [a, (a | 1)]: pass\n',
    'match x:\n    case [__debug__]: pass\n',
    'match x:\n    case C(__debug__=1): pass\n',
    'match x:\n    case {**__debug__}: pass\n',
    'match x:\n    case a if a:\n        pass\n    case b:\n        pass\n',
    'match x:\n    case (a as b) as a: pass\n',
    'match x:\n    case [x] | [y] | [z]: pass\n',
    'def f():\n    match x:\n        case q:\n            pass\n        case _:\n            pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
