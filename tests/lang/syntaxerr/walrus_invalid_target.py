# Assignment expressions with invalid targets.
cases = [
    '(a.b := 1)\n',
    '(a[0] := 1)\n',
    '((a, b) := (1, 2))\n',
    '(1 := 2)\n',
    '(f() := 2)\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
