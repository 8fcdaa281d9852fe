# list construction, indexing, len, concatenation, repetition
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[-3])
print([] , [[]], [1, [2, [3]]], list(), list("abc"), list(range(4)), list((1, 2)))
print(a + [4], a * 2, 2 * a, [0] * 5, [] * 10, a * 0, a * -1)
b = a
b.append(4)
print(a)
c = a[:]
c.append(5)
print(a, c)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3])
print(3 in a, 9 in a, 'x' not in a)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
print([1, 'two', 3.0, None, True, (5,)])
print(list({'k': 1, 'j': 2}), list({3: 0, 1: 0}.values()))
