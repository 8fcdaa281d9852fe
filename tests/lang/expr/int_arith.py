# Integer arithmetic operators
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, -(-a), abs(-a))
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print(x, y, x // y, x % y, divmod(x, y), x / y)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2, 4 ** 0.5)
print(7 // 1, 1 // 7, -1 // 7, -1 % 7)
print(1 + 2 * 3 - 4 // 2 % 3)
print(100 - 1 - 1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 / 4, 10 / 5, 1 / 3, -1 / 3, 2 / 3)
print(0 - 0, 5 * 0, -0)
