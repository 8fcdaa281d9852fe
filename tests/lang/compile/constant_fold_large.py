# Large constant expressions compute correctly even when CPython declines to fold them.
print(len("ab" * 10000), len((0,) * 5000))
print(2 ** 1000 % 1000007)
print(len(str(10 ** 500)))
x = (1, 2) * 20
print(len(x), x[-1])
print(len(b"\x00" * 4097))
big = 4096 * "x"
print(len(big), big[:3])
print(len("s" * 4097), -(-5) ** 2)
