# pickle: round trips of many types under every protocol.
import collections
import datetime
import decimal
import fractions
import pickle

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]

values = [None, True, False, 0, -1, 255, 65536, 2**70, -2**100, 1.5, float("inf"), 1 + 2j,
          "", "héllo\u20ac\U0001f600", b"", b"\x00\xff", bytearray(b"ba"), (), (1,), (1, (2, 3)),
          [], [1, [2]], {}, {"a": 1, 2: [3]}, set(), {1, 2}, frozenset({3}), range(1, 10, 2),
          slice(1, 2, 3), Point(1, "y"), collections.OrderedDict(a=1), collections.Counter("abca"),
          collections.deque([1, 2], maxlen=5), collections.defaultdict(list, {1: [2]}),
          fractions.Fraction(3, 7), decimal.Decimal("1.25"), datetime.date(2020, 2, 29),
          datetime.timedelta(days=1, seconds=5), len, Point, ValueError("bad", 2), Ellipsis, NotImplemented]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for v in values:
        r = pickle.loads(pickle.dumps(v, protocol=proto))
        if not (r == v or (v != v and r != r)) or type(r) is not type(v):
            if not isinstance(v, ValueError) or r.args != v.args:
                bad.append(repr(v))
    print(proto, bad)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
s = pickle.loads(pickle.dumps(Slotted(), 2))
print(s.a, s.b)
lst = [1]
lst.append(lst)
r = pickle.loads(pickle.dumps(lst))
print(r[1] is r, len(r))
shared = [1, 2]
pair = pickle.loads(pickle.dumps((shared, shared)))
print(pair[0] is pair[1])
d = collections.deque([1, 2], maxlen=5)
print(pickle.loads(pickle.dumps(d)).maxlen)
print(pickle.dumps(None, 0), pickle.dumps(True, 2), pickle.dumps(1, 1))
print(pickle.dumps([1, "a"], 2), pickle.dumps((), 4))
