import ast, copy, pickle
t = ast.parse("x = [1, 2]\nf(x)")
c = copy.deepcopy(t)
print(ast.dump(c) == ast.dump(t), c is not t, c.body[0] is not t.body[0])
p = pickle.loads(pickle.dumps(t))
print(ast.dump(p, include_attributes=True) == ast.dump(t, include_attributes=True))
print(ast.dump(copy.copy(ast.Name("a", ast.Load()))))
