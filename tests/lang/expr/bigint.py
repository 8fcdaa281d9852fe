# Arbitrary precision integers
a = 2 ** 100
print(a)
print(a + 1, a - 1, -a)
print(a * a)
print(a // 3, a % 3, -a // 3, -a % 3)
print(a // (2 ** 50 + 7), a % (2 ** 50 + 7))
print(3 ** 200)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000000007)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(10 ** 30 - 1)
print((10 ** 20) * (10 ** 20) == 10 ** 40)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
x = 0xFFFFFFFFFFFFFFFFFFFFFFFF
print(x, x & 0xFFFF0000FFFF, x >> 40, x << 20)
print(-x >> 3, ~x, -x & 0xFF)
print(12345678901234567890 * 98765432109876543210)
print(abs(-10 ** 25), divmod(10 ** 25, 7 ** 9), divmod(-10 ** 25, 7 ** 9))
print(2 ** 62 + 2 ** 62, 4611686018427387904 * 2, 9223372036854775807 + 1)
print(-9223372036854775808 - 1, -9223372036854775808 // -1)
print(pow(2, 127) - 1 == (1 << 127) - 1)
print(int('9' * 40) + 1)
print(hash(2 ** 61 - 1) == 0, hash(10 ** 30) == hash(10 ** 30))
