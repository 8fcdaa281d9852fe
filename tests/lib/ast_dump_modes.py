import ast
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.parse("pass\n# comment\n")))
print(ast.dump(compile("a", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse("return 1")))  # no symtable errors at parse time
print(ast.dump(ast.parse("if x:\n    yield y")))
