# ValueError: not enough values to unpack (expected at least 3, got 2)
a, *b, c = [1, 2, 3]
print(a, b, c)
a, b, *c, d = [1, 2]
