import ast
t = ast.parse("f(a, b=1)\nx = [1]")
print(ast.dump(t, annotate_fields=False))
print(ast.dump(t, indent=4))
print(ast.dump(t, indent="..", include_attributes=True))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Constant(None)))
