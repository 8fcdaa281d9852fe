# Built-in classes match their subject as a whole for one positional pattern.
def f(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(x):
            return "float %r" % x
        case str() as s:
            return "str %r" % s
        case list([a, *_]):
            return "list starting %r" % (a,)
        case dict({"k": k}):
            return "dict k=%r" % (k,)
        case tuple(t):
            return "tuple %r" % (t,)
        case _:
            return "other"
for v in [True, 3, 2.5, "s", [7, 8], {"k": 1}, (1,), None]:
    print(f(v))
