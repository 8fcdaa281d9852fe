# any() and all()
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any([0, '', None]), all([1, 'a', [0]]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), all(range(0, 5)))
print(any([x > 3 for x in range(5)]), all([x < 5 for x in range(5)]))
print(any({0: 'a'}), any({1: 0}), all({0, 1}))
def t(x):
    print(" check", x)
    return x
print(any(map(t, [0, 1, 2])))
print(all(map(t, [1, 0, 2])))
