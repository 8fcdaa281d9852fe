# Clearing or deleting a dict finalizes its values in insertion order.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = {i: N("v%d" % i) for i in range(4)}
d.clear()
print("--")
d = {i: N("w%d" % i) for i in range(3)}
del d
print("end")
