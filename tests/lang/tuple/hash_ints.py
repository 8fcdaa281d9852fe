# tuple hashes of ints and nested tuples equal CPython's (deterministic)
for t in [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), (1, (2, 3)), ((),), (True, False),
          (2**61 - 1,), (2**61,), (-2,), (10**30, -10**30), ((1, 2), (3, 4)), (None,) * 0, (1.0, 2.5)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)))
print(hash(tuple(range(100))))
