import copy, array, collections, decimal, fractions, datetime, types
objs = [1, 2.5, 3j, "s", b"b", bytearray(b"ba"), [1, [2]], (1, [2]), {1: [2]}, {1, 2}, frozenset({3}), range(4),
        slice(1, 2), None, Ellipsis, NotImplemented, True, array.array("i", [1, 2]), collections.OrderedDict(a=1),
        collections.deque([1, 2], maxlen=5), collections.Counter("aab"), decimal.Decimal("1.5"), fractions.Fraction(1, 3),
        datetime.date(2024, 1, 2), types.SimpleNamespace(a=[1]), len, int, type(None)]
for o in objs:
    s = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(o).__name__, repr(s) == repr(o), repr(d) == repr(o), s is o, d is o)
