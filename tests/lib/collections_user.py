from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = LowerDict({"A": 1}); d["B"] = 2
print(d, d.data, "a" in d, d.get("b"), len(d), d | {"c": 3}, type(d.copy()).__name__)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
class Missing(UserDict):
    def __missing__(self, k): return k * 2
print(Missing()["ab"])
l = UserList([3, 1, 2]); l.sort(); l.append(9)
print(l, l[1:], type(l[1:]).__name__, l + [0], 3 * UserList([1]), l.pop(), l.index(2), l == [1, 2, 3])
s = UserString("Hello")
print(s.upper(), s[1:3], s + "!", s * 2, "ell" in s, s.replace("l", "L"), len(s), s < "World", type(s.lower()).__name__)
print(s.format() if hasattr(s, "format") else "", s.split("l"), s.center(9, "*"), s % () if False else s.zfill(7))
