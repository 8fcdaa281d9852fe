# with ... as with tuple, attribute and subscript targets.
class CM:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return None
with CM() as (a, [b, c]):
    print(a, b, c)
class O: pass
o = O()
d = {}
with CM() as o.value:
    pass
with CM() as d["k"]:
    pass
print(o.value, d)
with CM() as (x, *y):
    print(x, y)
