# Names used or assigned before their global declaration.
cases = [
    'def f():\n    print(x)\n    global x\n',
    'def f():\n    x = 1\n    global x\n',
    'x = 1\nglobal x\n',
    'def f():\n    for x in y: pass\n    global x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
