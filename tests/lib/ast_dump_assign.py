import ast
for src in ["x = 1", "a = b = c", "x += 2", "x: int = 3", "(a, b) = [c, *d]", "del a, b[0], c.d", "x.y[1:2, ::3] = z"]:
    print(ast.dump(ast.parse(src), include_attributes=True))
