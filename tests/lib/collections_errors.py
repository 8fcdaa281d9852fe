from collections import namedtuple, deque, Counter, OrderedDict, ChainMap, defaultdict, UserDict, UserList, UserString
for c in [lambda: namedtuple("1x", "a"), lambda: namedtuple("X", "_a"), lambda: namedtuple("X", "a", defaults=[1, 2]),
          lambda: deque(1), lambda: deque([], "m"), lambda: deque([1, 2]).index(5), lambda: Counter()["a"] + "x",
          lambda: OrderedDict(1), lambda: ChainMap({}).popitem(), lambda: defaultdict(list, 1),
          lambda: deque([1]).rotate("x"), lambda: Counter(a=1) < 5]:
    try:
        r = c()
        print("no error", r)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
od = OrderedDict(a=1)
try:
    for k in od:
        od["b"] = 2
except RuntimeError as e:
    print("RuntimeError", e)
