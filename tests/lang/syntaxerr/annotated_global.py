# Annotated names that are declared global or nonlocal.
cases = [
    'def f():\n    global x\n    x: int = 1\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n',
    'x: int\nglobal x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
