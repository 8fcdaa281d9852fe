# Unparenthesized generator expressions in calls and classes.
cases = [
    'f(x for x in y, 1)\n',
    'f(1, x for x in y)\n',
    'class C(x for x in y): pass\n',
    'f(a=1, x for x in y)\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
