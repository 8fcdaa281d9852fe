import itertools as it
cases = [
    lambda: it.count("a"), lambda: it.islice([], "x"), lambda: it.islice([], 1, 2, 0),
    lambda: it.permutations("ab", -1), lambda: it.product("a", repeat=-1), lambda: it.chain(1).__next__(),
    lambda: next(it.starmap(pow, [1])), lambda: it.tee([], -1), lambda: it.accumulate(),
    lambda: next(it.zip_longest(1)), lambda: it.groupby(), lambda: next(it.pairwise(3)),
    lambda: it.repeat(1, "x"), lambda: it.cycle(), lambda: next(it.compress([1], 5)),
]
for c in cases:
    try:
        r = c()
        print("no error", type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
