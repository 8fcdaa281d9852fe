# Set comprehensions (small int elements only, or sorted)
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({w[0] for w in "apple avocado banana cherry".split()}))
print({len(w) for w in ["a", "bb", "cc", "d"]})
print({x for x in range(10) if x % 2} == {1, 3, 5, 7, 9})
s = {(a, b) for a in range(2) for b in range(2)}
print(sorted(s), len(s))
print(type({x for x in []}).__name__, len({x for x in []}))
