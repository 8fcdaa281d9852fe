from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d)
print(sorted(d.items()), d.default_factory)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
s = defaultdict(set)
s["x"].add(1)
print(s, "y" in s, s.get("y"))
n = defaultdict()
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(None)))
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
d2 = d.copy()
d2["z"].append(9)
print(type(d2).__name__, "z" in d, sorted(d2))
print(defaultdict(lambda: "dflt")["q"])
print(d | {"q": [0]})
import copy
print(copy.deepcopy(d))
dd = defaultdict(lambda: defaultdict(int))
dd["a"]["b"] += 2
print(dd["a"]["b"], dict(dd["a"]))
print(d.__missing__("new"), d["new"])
