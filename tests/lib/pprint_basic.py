import pprint, re
pprint.pprint(list(range(30)))
pprint.pprint(("x" * 30, "y" * 30, "z" * 30))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=2))
print(pprint.pformat([1, 2, 3], width=5))
print(pprint.isreadable([1, "a"]), pprint.isrecursive([1]))
l = [1]; l.append(l)
print(re.sub(r"id=\d+", "id=N", pprint.pformat(l)))
print(re.sub(r"id=\d+", "id=N", pprint.saferepr(l)))
