# argument errors of builtin functions
tests = [lambda: len(), lambda: len(1, 2), lambda: abs(x=1), lambda: divmod(1),
         lambda: sorted([1], cmp=None), lambda: "a".split(1, 2, 3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
