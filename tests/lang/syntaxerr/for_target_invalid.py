# Invalid for-loop and comprehension targets.
cases = [
    'for 1 in x: pass\n',
    'for f() in x: pass\n',
    '[x for 1 in y]\n',
    'for a + b in c: pass\n',
    "for x, 'y' in z: pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
