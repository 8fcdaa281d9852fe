import ast, re
def t(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))
L = dict(lineno=1, col_offset=0)
t(ast.Module(type_ignores=[]))
t(ast.Module(body=[ast.Assign(targets=[ast.Name("x", ast.Store(), **L)], **L)], type_ignores=[]))
t(ast.Module(body=[ast.FunctionDef(name="f", body=[ast.Pass(**L)], decorator_list=[], **L)], type_ignores=[]))
t(ast.Module(body=[ast.FunctionDef(name="f", args=None, body=[ast.Pass(**L)], decorator_list=[], **L)], type_ignores=[]))
t(ast.Module(body=[ast.Expr(ast.Call(ast.Name("f", ast.Load(), **L), [], [ast.keyword(arg="a")], **L), **L)], type_ignores=[]))
t(ast.Module(body=[ast.Expr(ast.Name(None, ast.Load(), **L), **L)], type_ignores=[]))
t(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load(), lineno=1), **L)], type_ignores=[]))
t(ast.Module(body=[ast.Expr(ast.Constant(1, lineno=1, col_offset=0, end_lineno=None), **L)], type_ignores=[]))
t(ast.Module(body=[ast.Import(names=[ast.alias()], **L)], type_ignores=[]))
t(ast.Module(body=[ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Lt], [ast.Constant(2, **L)], **L), **L)], type_ignores=[]))
t(ast.Module(body=[ast.Expr(ast.Compare(ast.Constant(1, **L), ast.Lt(), [ast.Constant(2, **L)], **L), **L)], type_ignores=[]))
t(ast.Module(body=[ast.ImportFrom(module=5, names=[ast.alias("a", **L)], level=0, **L)], type_ignores=[]))
