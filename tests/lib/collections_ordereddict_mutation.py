from collections import OrderedDict
od = OrderedDict(a=1)
for k in od:
    print(k)
    od["b"] = 2
print(od)
for setup in [lambda o: o.__setitem__("z", 0), lambda o: o.move_to_end("a"), lambda o: o.pop("c"), lambda o: o.__setitem__("a", 9)]:
    od = OrderedDict(a=1, c=3, d=4)
    try:
        for k in od:
            print(k)
            setup(od)
    except (RuntimeError, KeyError) as e:
        print(type(e).__name__, e)
    print(od)
it = iter(OrderedDict(x=1))
print(next(it), next(it, "end"), next(it, "end"))
v = OrderedDict(p=1, q=2)
it = iter(v.items())
print(next(it))
v["r"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
