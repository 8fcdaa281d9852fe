# Annotations on attributes and subscripts: evaluated, not stored, assignment happens.
class O: pass
o = O()
d = {}
o.attr: int = 5
d["k"]: str = "v"
print(o.attr, d)
print(__annotations__)
o.other: int
print(hasattr(o, "other"))
class K:
    self_attr: int = 1
    o.x: int = 2
print(K.__annotations__, o.x)
