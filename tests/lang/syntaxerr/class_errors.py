# Malformed class statements.
cases = [
    'class 1C: pass\n',
    'class C(a=1, b): pass\n',
    'class C(**k, *b): pass\n',
    'class C(,): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
