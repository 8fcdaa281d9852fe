# KeyError from dict.pop without default, and set.remove
d = {"x": 1}
print(d.pop("x"), d.pop("x", "default"))
d.pop("x")
