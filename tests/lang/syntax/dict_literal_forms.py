# Dict, set and tuple displays: ordering, duplicates, trailing commas.
print({"a": 1, "b": 2, "a": 3})
print({1: "int", 1.0: "float", True: "bool"})
print((1,), (), (1, 2,), [1, 2,], {1,})
print({**{"x": 1}})
print(dict(a=1, **{"b": 2}))
e = {}
print(type(e).__name__, type({*()}).__name__)
print({(1, 2): "tuple key"}[1, 2])
