# await outside an async function.
cases = [
    'def f():\n    await x\n',
    'def f():\n    return [await y for y in z]\n',
    'lambda: await x\n',
    'class C:\n    await x\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
