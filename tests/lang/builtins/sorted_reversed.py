# sorted() and reversed()
print(sorted([5, 2, 8, 1]), sorted([5, 2, 8, 1], reverse=True), sorted("python"))
print(sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}), sorted(range(5, 0, -1)))
print(sorted(["Banana", "apple", "Cherry"]), sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([]), sorted([1]), sorted([2.5, 1, True, 0]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), list(reversed({'a': 1, 'b': 2})), ''.join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
try:
    sorted([1, 'a'])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
