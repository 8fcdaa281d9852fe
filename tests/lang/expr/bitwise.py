# Bitwise operators on ints, including negatives and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 2, -12 >> 2)
print(-1 >> 100, 1 >> 100, 1 << 100, -1 << 64)
print(0xFF & -0x100, 0xFF | -256, (1 << 70) ^ (1 << 69))
print(~0, ~-1, ~(2 ** 80))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFFF, (2 ** 70 - 1) & -(2 ** 35))
print(5 & 3 | 8 ^ 2, 5 & (3 | 8) ^ 2, 1 << 2 + 1, (1 << 2) + 1)
print(bin(0b1011 ^ 0b0110), hex(0xdead & 0xbeef), oct(0o777 >> 3))
print(123456789 & 0xFF, 123456789 >> 8 << 8)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x).count('1'))
print((255).bit_length(), (256).bit_length(), (-1).bit_length(), (0).bit_length())
