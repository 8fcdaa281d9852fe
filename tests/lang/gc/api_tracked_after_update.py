# Tracking follows the contents of dicts built in different ways.
import gc

print(gc.is_tracked(dict(a=1)))
print(gc.is_tracked(dict(a=[])))
print(gc.is_tracked(dict.fromkeys("abc")))
print(gc.is_tracked(dict.fromkeys("abc", [])))
d = {}
d.update({"x": 1})
print(gc.is_tracked(d))
d.update({"y": {}})
print(gc.is_tracked(d))
print(gc.is_tracked({i: str(i) for i in range(5)}))
print(gc.is_tracked({i: [i] for i in range(5)}))
