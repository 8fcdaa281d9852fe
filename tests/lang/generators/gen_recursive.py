# recursive generators via yield from
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree
print(list(walk([1, [2, [3, [4, [5]]]], 6])))
def perms(s):
    if len(s) <= 1:
        yield s
        return
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            yield c + p
print(list(perms("abc")))
