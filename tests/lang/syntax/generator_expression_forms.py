# Generator expressions as sole call argument and their laziness.
print(sum(x * x for x in range(4)))
print(list(x for x in "ab"))
g = (print("evaluated", i) or i for i in range(2))
print("created")
print(list(g))
def first_iter():
    print("first iterable evaluated eagerly")
    return range(2)
g2 = (a for a in first_iter())
print(sorted((y for y in [3, 1, 2]), reverse=True))
print(max((len(w), w) for w in ["aa", "b"]))
