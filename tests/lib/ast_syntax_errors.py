import ast
for src in ["x = = 1", "def f(:\n", "(", "f(**a, *b)", "a + ", "x = 1\n  y = 2"]:
    try:
        ast.parse(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
