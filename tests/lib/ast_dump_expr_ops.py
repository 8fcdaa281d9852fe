import ast
for src in ["-a + b * c ** d", "not a and b or c", "a < b <= c != d is not e in f", "a if b else c", "~x // y % z @ w",
            "x << 1 >> 2 | 3 & 4 ^ 5", "(x := 5)", "lambda a, *b, c=1, **d: a"]:
    print(ast.dump(ast.parse(src, mode="eval"), include_attributes=True))
