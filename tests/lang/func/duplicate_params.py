# duplicate parameters and arguments are SyntaxErrors
for src in ["def f(a, a): pass", "def f(a, *, a): pass", "lambda x, x: 0", "f(a=1, a=2)", "def f(**k, a): pass", "def f(*, **k): pass"]:
    try:
        compile(src, "t", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
