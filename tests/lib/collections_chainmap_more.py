from collections import ChainMap
base = {"color": "red", "user": "guest"}
cfg = ChainMap({}, {"user": "admin"}, base)
print(cfg["color"], cfg["user"], cfg.maps, len(cfg), list(cfg), list(cfg.values()))
cfg["color"] = "blue"
print(cfg.maps[0], base["color"], cfg.parents, cfg.parents.parents)
c2 = cfg.new_child()
c2["x"] = 1
print(c2.maps[0], "x" in cfg, cfg.copy().maps[0] is cfg.maps[0], type(cfg.copy()).__name__)
print(ChainMap.fromkeys("ab", 0), repr(ChainMap({1: 2})), cfg == dict(cfg))
cfg |= {"k": "v"}
print(cfg.maps[0], ChainMap({}, {}).popitem.__name__)
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}, {"a": 1}).pop("a")
except KeyError as e:
    print("KeyError", e)
c = ChainMap({"a": 1}, {"a": 2})
c.clear(); print(c)
