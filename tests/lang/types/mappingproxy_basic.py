import types, pprint
class A:
    x = 1
d = A.__dict__
print(type(d).__name__, d["x"], "x" in d, len(d) > 0, d.get("nope", 5), type(d) is types.MappingProxyType)
m = types.MappingProxyType({"a": 1, "b": 2})
print(m, repr(m), list(m), m.keys(), m.items(), m.copy(), m | {"c": 3}, m == {"a": 1, "b": 2}, list(reversed(m)))
try:
    m["a"] = 2
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
pprint.pprint({"a": list(range(30)), "b": {"c": ("x" * 30, "y" * 30, "z" * 30)}})
pprint.pprint(m)
