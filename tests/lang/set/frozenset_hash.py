# frozenset hashes of ints equal CPython's; equal sets hash equal
for fs in [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({1, 2, 3}),
           frozenset(range(10)), frozenset({-1}), frozenset({2**61 - 1}), frozenset({(1, 2)}),
           frozenset({frozenset({1})}), frozenset({True, 5})]:
    print(sorted(fs, key=repr), hash(fs))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
print(hash(frozenset(range(100))))
s = {frozenset({1, 2}): 'a'}
print(s[frozenset([2, 1])], {1, 2} in {frozenset({1, 2})})
