# Comparison operators on ints, floats, strs, and sequences
print(1 < 2, 2 < 1, 1 <= 1, 1 > 0, 1 >= 2, 1 == 1, 1 != 1)
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), (2,) > (1, 99))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None is None, None == 0, 'a' == 'a', 1 == '1')
print(float('nan') == float('nan'), float('nan') != float('nan'))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1} < {2})
x = [1]
y = [1]
print(x == y, x is y, x is not y, x is x)
print(1 in [1, 2], 3 not in (1, 2), 'b' in 'abc', 'bc' in 'abc', 'x' not in 'abc')
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'}, 5 in range(10), 5.0 in range(10))
print(10 ** 30 > 10 ** 29, -10 ** 30 < 1, 10 ** 30 > 1e29, 2 ** 1000 > 1e300)
print([] == [], () == (), [[]] == [[]], [1, [2, 3]] == [1, [2, 3]])
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
