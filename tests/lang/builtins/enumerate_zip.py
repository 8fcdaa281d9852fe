# enumerate() and zip()
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-1)), list(enumerate((10, 20), start=100)))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip(range(3), range(3, 6), "abc")))
names = ["a", "b", "c"]
scores = [90, 85, 77]
print(dict(zip(names, scores)))
pairs = [(1, 'x'), (2, 'y'), (3, 'z')]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
e = enumerate("pq")
print(next(e), next(e))
z = zip([1], [2])
print(next(z))
try:
    next(z)
except StopIteration:
    print("StopIteration")
