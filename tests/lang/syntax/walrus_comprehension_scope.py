# A walrus inside a comprehension binds in the enclosing scope.
total = 0
partial = [total := total + i for i in range(5)]
print(partial, total)
print([last := c for c in "abc"], last)
def inner():
    seen = [found := x for x in range(10) if x * x > 20][:1]
    return seen, found
print(inner())
def nested():
    res = [[(k := i + j) for j in range(2)] for i in range(2)]
    return res, k
print(nested())
any([(hit := w) == "b" for w in "abc"])
print(hit)
