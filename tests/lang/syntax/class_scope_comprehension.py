# Comprehensions in class bodies see class names only in the first iterable.
class C:
    n = 3
    items = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.items)
print(C.err)
class D:
    vals = [1, 2]
    pairs = {v: v * v for v in vals}
print(D.pairs)
