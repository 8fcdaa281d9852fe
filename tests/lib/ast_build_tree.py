import ast
# A module built by hand, with positional and keyword fields.
fn = ast.FunctionDef(
    name="add", args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], kwonlyargs=[],
                                   kw_defaults=[], defaults=[ast.Constant(10)]),
    body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
    decorator_list=[])
call = ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("add", ast.Load()), [ast.Constant(1)], [])], []))
m = ast.Module(body=[fn, call], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<built>", "exec"))
print(ast.unparse(m))
e = ast.Expression(ast.List([ast.Constant(i) for i in range(3)], ast.Load()))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
