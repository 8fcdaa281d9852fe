# Unparenthesized starred tuples in return and yield (3.8+).
def r():
    rest = [2, 3]
    return 1, *rest
def g():
    rest = "bc"
    yield "a", *rest
print(r())
print(list(g()))
def sub():
    x = [1, 2]
    s = [*x] if x else []
    return s
print(sub())
for t in [(*"ab", 1)]:
    print(t)
