# break/continue outside loops.
cases = [
    'break\n',
    'continue\n',
    'if x:\n    break\n',
    'def f():\n    continue\n',
    'for x in y:\n    def g():\n        break\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
