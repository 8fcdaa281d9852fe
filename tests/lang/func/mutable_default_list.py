# a mutable default persists across calls; the None idiom does not
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2))
print(append.__defaults__)
def append2(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append2(1), append2(2))
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}))
