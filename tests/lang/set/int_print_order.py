# sets of ints print in CPython's table order
print({100, 5, 33, 8, 1000, 7})
print(set(range(20, 0, -1)))
print({-1, -2, 0, 1, 2})
print({2**40, 3, 2**61 - 1, 2**61, 17})
print(frozenset([64, 0, 32, 8, 16]))
s = set(range(30))
for i in range(0, 30, 3):
    s.discard(i)
s.add(100); s.add(-5)
print(s)
print({i * 8 for i in range(12)})
print(set([9, 1, 17, 25]), {1, 9} | {17, 25}, {1, 9, 17} ^ {9, 33})
