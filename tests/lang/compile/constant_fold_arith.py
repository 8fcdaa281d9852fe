# Constant expressions give the same results as runtime arithmetic (results only).
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7 / 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3)
print(1 << 10, 1024 >> 3, 0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5)
print(2 ** 100, 10 ** 20 // 3)
print(0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10)
print(3 * (1 + 2j), (1 + 2j) ** 2)
print(True + True, True * 3, -True)
