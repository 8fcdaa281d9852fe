import ast, traceback
src = "a = 1\nb = 0\nc = a / b\n"
t = ast.parse(src)
try:
    exec(compile(t, "<lines>", "exec"))
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_lineno)
t2 = ast.Module([ast.Expr(ast.Call(ast.Name("undefined_fn", ast.Load()), [], []))], [])
ast.fix_missing_locations(t2)
ast.increment_lineno(t2, 41)
try:
    exec(compile(t2, "<gen>", "exec"))
except NameError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
