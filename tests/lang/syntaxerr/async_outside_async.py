# async for / async with / async comprehension outside async functions.
cases = [
    'def f():\n    async for x in y: pass\n',
    'def f():\n    async with x: pass\n',
    'def f():\n    return [x async for x in y]\n',
    'async for x in y: pass\n',
    'async with x: pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
