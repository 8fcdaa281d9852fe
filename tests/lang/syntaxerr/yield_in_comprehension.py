# yield inside comprehensions and generator expressions.
cases = [
    'def f():\n    return [(yield x) for x in y]\n',
    'def f():\n    return {(yield) for x in y}\n',
    'def f():\n    return ((yield x) for x in y)\n',
    'def f():\n    return {k: (yield) for k in y}\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
