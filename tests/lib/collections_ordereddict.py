from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))
print(list(reversed(o1)), o1.copy())
try:
    o1.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("abc", 0))
o1.setdefault("z", 9)
print(o1, o1.pop("x"), o1)
print(o1 | {"w": 0})
print(repr(OrderedDict()))
print(o1.keys(), o1.values(), o1.items())
