# __del__ runs the moment the last reference goes away.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


a = Tracked("a")
del a
print("after del a")
b = Tracked("b")
b = Tracked("b2")
print("after rebinding b")


def scope():
    local = Tracked("local")
    print("leaving scope")


scope()
print("after scope")
items = [Tracked("item0"), Tracked("item1")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")
d = {"k": Tracked("value")}
del d["k"]
print("after del d['k']")
p1 = Tracked("shared")
p2 = p1
del p1
print("p1 deleted, p2 still holds it")
del p2
print("end")
