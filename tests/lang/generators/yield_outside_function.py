# yield and return misuse are SyntaxErrors
for src in ["yield 1", "class C:\n    yield 1\n", "return 1", "x = [(yield) for i in y]", "def f():\n    x = yield = 1\n"]:
    try:
        compile(src, "t", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
