import ast
t = ast.parse("1 + 2", mode="eval")
print(eval(compile(t, "<e>", "eval")))
i = ast.parse("print('single')", mode="single")
exec(compile(i, "<i>", "single"))
m = ast.parse("y = 3\nprint(y * 2)")
exec(compile(m, "<m>", "exec"))
print(compile(m, "<m>", "exec", ast.PyCF_ONLY_AST) is m)
code = compile(ast.parse("assert False, 'no'"), "<o>", "exec", optimize=1)
exec(code); print("assert dropped")
def f(): pass
print(compile(ast.parse("def g():\n    return 1"), "<f>", "exec").co_filename)
