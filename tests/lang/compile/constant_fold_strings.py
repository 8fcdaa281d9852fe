# Constant string/bytes/tuple expressions (results only).
print("ab" * 3, 3 * "ab", "a" + "b" + "c")
print(b"x" * 4, b"y" + b"z")
print("abc"[1], "abcdef"[1:4], "abc"[-1], "abcdef"[::2])
print((1, 2) + (3,), (0,) * 3, (1, 2, 3)[1:])
print(len("x" * 100000), len(b"y" * 5000))
print("a" * 0, "a" * -1 == "", (1,) * 0)
print(("a", "b")[True], "xyz"[False])
