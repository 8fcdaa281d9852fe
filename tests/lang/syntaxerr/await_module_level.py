# await at module level in a normally compiled module.
cases = [
    'await x\n',
    'x = await y\n',
    '[await z for z in w]\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
