import pprint, collections, dataclasses
from types import SimpleNamespace, MappingProxyType
d = collections.OrderedDict((str(i), list(range(i))) for i in range(7))
pprint.pprint(d, width=50)
pprint.pprint(collections.defaultdict(list, {"k" * 10: list(range(20))}), width=40)
pprint.pprint(collections.Counter("abracadabra" * 3), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(10)), beta="x" * 50), width=40)
pprint.pprint(MappingProxyType({"a": list(range(20))}), width=40)
@dataclasses.dataclass
class P:
    name: str
    items: list
pprint.pprint(P("n" * 20, list(range(25))), width=40)
pprint.pprint(["long string " * 6], width=30)
pprint.pprint(b"bytes " * 15, width=30)
pprint.pprint({"z": 1, "a": 2, "m": {3, 2, 1}}, sort_dicts=True)
print(pprint.pformat(frozenset(range(30)), width=40))
