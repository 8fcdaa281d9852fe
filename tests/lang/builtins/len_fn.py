# len() on builtin containers
print(len(""), len("abc"), len("日本語"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({'a': 1, 'b': 2}), len(set()), len({1, 2, 2}), len(range(10)))
print(len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(5, 5)))
print(len({'a': 1}.keys()), len({'a': 1}.items()), len("\n\t"), len("é"))
d = {}
for i in range(100):
    d[i] = i
print(len(d))
for i in range(50):
    del d[i]
print(len(d))
s = "x" * 1000
print(len(s), len(s * 3), len(list(s)))
