import ast
for src in ["f(a, *b, c=1, **d)", "f(x for x in y)", "a.b.c(d)[e](f)", "print(*[1], sep='')", "await_(x)"]:
    print(ast.dump(ast.parse(src), include_attributes=True))
