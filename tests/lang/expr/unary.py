# Unary operators
for v in (0, 1, -1, 5, 10 ** 20, -(10 ** 20), True, False):
    print(v, -v, +v, ~v, not v)
for f in (0.0, 1.5, -2.25, 1e300):
    print(f, -f, +f, not f)
print(- - -1, ~~5, not not 0, not not [1])
x = 3
print(-x ** 2, (-x) ** 2, -(x ** 2))
