# Comprehension variables don't leak; nested comprehensions and closures.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
matrix = [[r * c for c in range(3)] for r in range(3)]
print(matrix)
flat = [v for row in matrix for v in row if v]
print(flat)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print({k: v for k, v in zip("ab", (1, 2))}, sorted({c for c in "aab"}))
