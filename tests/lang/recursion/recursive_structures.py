# Recursion over nested data structures
def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(i) for i in x], default=0)
    return 0
nested = []
cur = nested
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(depth(nested))
def tree_sum(t):
    if isinstance(t, int):
        return t
    return sum([tree_sum(c) for c in t])
print(tree_sum([1, [2, 3], [[4], [5, [6]]]]))
def build(n):
    return None if n == 0 else (n, build(n - 1), build(n - 1))
def size(t):
    return 0 if t is None else 1 + size(t[1]) + size(t[2])
print(size(build(12)))
def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i in range(len(seq)):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append(seq[i:i + 1] + p)
    return out
print(permutations("abc"), len(permutations([1, 2, 3, 4, 5])))
