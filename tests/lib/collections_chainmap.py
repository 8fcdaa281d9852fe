from collections import ChainMap
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm["x"], cm["y"], cm["z"], len(cm), sorted(cm))
print(cm)
cm["w"] = 0
print(a)
child = cm.new_child({"x": 100})
print(child["x"], child.parents["x"], child.maps[0])
del cm["w"]
print(a)
try:
    del cm["z"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
print(cm.get("nope", "dflt"), "z" in cm, dict(cm) == {"x": 1, "y": 2, "z": 30})
print(list(ChainMap({"a": 1}, {"b": 2}).items()))
print(cm.pop("x"), a)
print(ChainMap() , bool(ChainMap({})), bool(ChainMap({1: 2})))
print(ChainMap({"a": 1}) | {"b": 2})
