# Multi-character operator tokens.
a = 10
a **= 2; a //= 3; a >>= 1; a <<= 2; a %= 7; a ^= 3; a |= 8; a &= 12
print(a)
b = 6
print(b ** 2, b // 4, b << 1, b >> 1, b != 5, b <= 6, b >= 7, b == 6)
def f(x) -> int: return x
print(f.__annotations__, (c := 3), -~b, ~-b, not-b)
class M:
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
m = M()
print(m @ m)
m @= m
print(m)
