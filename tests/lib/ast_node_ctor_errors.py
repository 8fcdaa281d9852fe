import ast
for f in [lambda: ast.Name(1, 2, 3), lambda: ast.Expr(1, 2), lambda: ast.AST(1), lambda: ast.Name("a", id="b"),
          lambda: ast.Pass(1), lambda: ast.Name().id]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(ast.AST(x=1).x, ast.Name(1, foo=2).foo)
