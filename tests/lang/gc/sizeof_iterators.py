# sys.getsizeof of iterator objects.
import sys

cases = [
    ("list_iterator", iter([1])), ("tuple_iterator", iter((1,))), ("str_iterator", iter("ab")),
    ("range_iterator", iter(range(3))), ("set_iterator", iter({1})),
    ("dict_keyiterator", iter({1: 2})), ("enumerate", enumerate([])), ("zip", zip([], [])),
    ("map", map(str, [])), ("filter", filter(None, [])), ("reversed", reversed([1])),
]
for name, o in cases:
    print(name, type(o).__name__, sys.getsizeof(o))
