# Error raised while evaluating an f-string field
d = {"a": 1}
print(f"a={d['a']}")
print(f"b={d['b']}")
