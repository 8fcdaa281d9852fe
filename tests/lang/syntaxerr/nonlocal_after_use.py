# Names used or assigned before their nonlocal declaration.
cases = [
    'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
