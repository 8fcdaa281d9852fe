import pprint
d = {"b": list(range(25)), "a": {"nested": ("x" * 30, "y" * 30, "z" * 30)}, "c": {1, 2, 3}}
pprint.pprint(d)
pprint.pprint(d, sort_dicts=False, width=40)
print(pprint.pformat({"k": [1, 2]}, indent=4, compact=True))
pprint.pprint([{"id": i, "name": "item%d" % i} for i in range(4)])
pp = pprint.PrettyPrinter(depth=1)
pp.pprint({"a": {"b": 1}, "c": [1]})
