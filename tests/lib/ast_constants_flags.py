import ast, _ast
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(_ast.AST is ast.AST, _ast.Name is ast.Name)
print(sorted(n for n in dir(_ast) if not n.startswith("_"))[:12])
print(len([n for n in dir(_ast) if isinstance(getattr(_ast, n), type)]))
