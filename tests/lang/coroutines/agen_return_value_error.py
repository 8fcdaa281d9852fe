# 'return' with a value in an async generator is a SyntaxError
src = "async def f():\n    yield 1\n    return 2\n"
try:
    compile(src, "<t>", "exec")
except SyntaxError as e:
    print(e.msg)
src2 = "async def f():\n    yield from [1]\n"
try:
    compile(src2, "<t>", "exec")
except SyntaxError as e:
    print(e.msg)
src3 = "def f():\n    await x\n"
try:
    compile(src3, "<t>", "exec")
except SyntaxError as e:
    print(e.msg)
