# Conflicting global/nonlocal/parameter declarations.
cases = [
    'def f(x):\n    global x\n',
    'def f():\n    x = 1\n    def g(x):\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
