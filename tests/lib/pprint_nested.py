import pprint
data = {"name": "krait", "versions": [3.9, 3.10, 3.11], "deps": {"build": ["cmake", "gcc", "clang"], "test": {"python3": True, "pytest": None}},
        "matrix": [[i * j for j in range(8)] for i in range(4)], "tuple": (1, (2, (3, (4,)))), "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat(["x" * 20] * 5, indent=2))
pp = pprint.PrettyPrinter(width=30, underscore_numbers=True)
pp.pprint([10 ** 8, {"k": 12345678}])
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print("ValueError", e)
