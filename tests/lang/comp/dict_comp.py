# Dict comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({w: len(w) for w in "apple banana kiwi".split() if len(w) > 4})
print({i: [j for j in range(i)] for i in range(4)})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({c: "mississippi".count(c) for c in "mississippi"})
d = {'a': 1, 'b': 2, 'c': 3}
print({k: v * 10 for k, v in d.items() if v != 2})
print({str(i): i % 2 == 0 for i in range(5)})
print({})
