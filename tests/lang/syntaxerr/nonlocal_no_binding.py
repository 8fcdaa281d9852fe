# nonlocal without an enclosing function binding.
cases = [
    'def f():\n    nonlocal x\n',
    'x = 1\ndef f():\n    nonlocal x\n',
    'def f():\n    def g():\n        nonlocal y\n',
    'def f():\n    global z\n    def g():\n        nonlocal z\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
