# Nested comprehensions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: {j: i * j for j in range(3)} for i in range(3)})
print([[c for c in w] for w in ["ab", "cd"]])
print([(i, j, k) for i in range(3) for j in range(i, 3) for k in range(j, 3) if i + j + k == 4])
flat = [v for sub in [[1, [2]], [[3, 4]]] for v in sub]
print(flat)
print([[[z for z in range(y)] for y in range(x)] for x in range(4)])
print(sum([sum([i * j for j in range(10)]) for i in range(10)]))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
