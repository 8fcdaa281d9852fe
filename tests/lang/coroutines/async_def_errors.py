# await/async misuse is a SyntaxError
for src in ["await x", "def f():\n    async with x:\n        pass\n", "def f():\n    async for i in x:\n        pass\n",
            "async def f():\n    yield from x\n", "def f():\n    [x async for x in y]\n"]:
    try:
        compile(src, "t", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
