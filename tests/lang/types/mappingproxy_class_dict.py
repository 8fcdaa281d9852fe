class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, sorted(k for k in d if not k.startswith("__")))
A.y = 2
print("y" in d, d["y"])   # a live view, not a copy
try:
    d["z"] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.clear()
except AttributeError as e:
    print(type(e).__name__)
print(vars(A) is not None, type(vars(A)).__name__, int.__dict__["real"].__name__)
