# hex(), oct(), bin()
for v in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70) + 1, True):
    print(v, hex(v), oct(v), bin(v))
print(int(hex(123456789), 16), int(oct(99), 8), int(bin(1000), 2))
print(hex(0xDEADBEEF), bin(0b1010_1010), oct(0o17))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("3")
except TypeError as e:
    print("TypeError:", e)
