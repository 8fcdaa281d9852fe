# Invalid statements inside async functions and generators.
cases = [
    'async def f():\n    yield 1\n    return 2\n',
    'async def f():\n    yield from x\n',
    'async def f():\n    x = yield from y\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
