import ast
def t(stmt):
    try:
        compile(ast.fix_missing_locations(ast.Module(body=[stmt], type_ignores=[])), "<t>", "exec")
        print("ok")
    except ValueError as e:
        print(type(e).__name__, e)
N = lambda ctx: ast.Name("x", ctx)
t(ast.Assign([N(ast.Store())], ast.Constant(1)))
t(ast.Assign([N(ast.Load())], ast.Constant(1)))
t(ast.Assign([N(ast.Del())], ast.Constant(1)))
t(ast.Delete([N(ast.Store())]))
t(ast.Delete([ast.Subscript(N(ast.Load()), ast.Constant(0), ast.Del())]))
t(ast.AugAssign(N(ast.Load()), ast.Add(), ast.Constant(1)))
t(ast.For(N(ast.Load()), N(ast.Load()), [ast.Pass()], []))
t(ast.Assign([ast.Tuple([N(ast.Store()), N(ast.Load())], ast.Store())], ast.Constant(1)))
t(ast.Assign([ast.Tuple([ast.Starred(N(ast.Load()), ast.Store())], ast.Store())], ast.Constant(1)))
t(ast.Assign([ast.Attribute(N(ast.Store()), "a", ast.Store())], ast.Constant(1)))
t(ast.Expr(ast.Constant(1)))
t(ast.Assign([ast.Constant(1)], ast.Constant(1)))
t(ast.Expr(ast.List([N(ast.Store())], ast.Load())))
t(ast.With([ast.withitem(N(ast.Load()), N(ast.Load()))], [ast.Pass()]))
