from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"], c["a"])
print(sorted(c.elements()))
c.update("aaz")
print(c["a"], c["z"])
c.subtract({"a": 10})
print(c["a"], +c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2)
print(d + e, d - e, d & e, d | e)
print(Counter(a=2, b=-1) + Counter(), -Counter(a=-2))
print(c.total() if hasattr(c, "total") else None)
print(Counter({"x": 2}) == Counter(x=2), Counter(x=0) == Counter())
print(repr(Counter()), Counter(["a", "b", "a"]).most_common())
try:
    Counter(1, 2)
except TypeError as e:
    print("TypeError", e)
del c["zzz"]
print(sorted(Counter(dict(b=1, a=1)).items()))
print(Counter("aab") <= Counter("aabb"), Counter("aabb") > Counter("ab"))
