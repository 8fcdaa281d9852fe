# Which objects the collector tracks; referents and referrers.
import gc


class C:
    pass


print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(lambda: 0), gc.is_tracked({1, 2}))
t2 = ([],)
gc.collect()
print(gc.is_tracked(t2))
inner = [1]
outer = [inner, "x"]
print(sorted(map(id, gc.get_referents(outer))) == sorted([id(inner), id("x")]))
print(outer in gc.get_referrers(inner))
print(gc.get_referents(1, "a"))
objs = gc.get_objects()
print(outer in objs)
print(outer in gc.get_objects(generation=2) or outer in gc.get_objects(0) or outer in gc.get_objects(1))
for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
