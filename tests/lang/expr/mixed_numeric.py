# Mixed int / float / bool arithmetic
print(1 + 1.0, 3 * 0.5, 7 - True, True + True, False * 10)
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(True & False).__name__)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, 2 ** 2.0)
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 0.0 == -0.0)
print(True / 2, True // 2, True ** 10, -True, ~True, +False)
print(True | False, True & False, True ^ True, True << 3)
print(1 < 1.5 < 2, 3.0 > 2 > True, True < 2)
print(10 ** 20 + 0.5, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(sum([1, 2.5, True]), max(1, 2.0, True), min(0, False))
print(abs(-2.5), abs(True), abs(-0.0))
print(3 / 1, 3 // 1, 3.0 // 1, int(7 / 2))
print(hash(1) == hash(1.0) == hash(True))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
