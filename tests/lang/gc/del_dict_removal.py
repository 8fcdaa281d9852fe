# __del__ runs when a dict entry is replaced, popped or cleared.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = {"x": N("x1"), "y": N("y"), "z": N("z")}
d["x"] = N("x2")
print("replaced")
d.pop("y")
print("popped")
del d["z"]
print("deleted")
d.clear()
print("cleared")
