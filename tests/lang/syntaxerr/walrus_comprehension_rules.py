# Walrus restrictions inside comprehensions.
cases = [
    '[i := 0 for i in range(3)]\n',
    '[x for x in (y := [1])]\n',
    '[(j := 1) for i in range(2) for j in range(2)]\n',
    'class C:\n    [(z := i) for i in range(3)]\n',
    '[x for x in range(3) if (x := 1)]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
