# Mapping patterns with **rest.
def f(v):
    match v:
        case {"a": a, **rest}:
            return a, rest
        case {**rest}:
            return "all", rest
print(f({"a": 1, "b": 2, "c": 3}))
print(f({"a": 1}))
print(f({"b": 2}))
r = f({"a": 0, "z": 9})[1]
print(type(r).__name__, r)
