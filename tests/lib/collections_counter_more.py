from collections import Counter
c = Counter(a=3, b=0, c=-2)
print(+c, -c, c.most_common(), list(c.elements()), c.total())
c["d"] += 1
print(sorted(c.items()))
print(Counter("hello").most_common(1)[0], Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
y = Counter(a=2); y -= Counter(a=1, z=1); print(y)
z = Counter(a=1); z |= Counter(a=3, b=1); print(z)
w = Counter(a=3, b=2); w &= Counter(a=1); print(w)
print(Counter.fromkeys if False else "", Counter("ab") + Counter("bc"))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
print(repr(Counter({"x": 1.5, "y": 2})), Counter(a=1) >= Counter(), Counter(a=1, b=2) == Counter(b=2, a=1))
