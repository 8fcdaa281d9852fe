# Rebinding an attribute finalizes the old value immediately.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    pass


h = Holder()
h.v = N("first")
h.v = N("second")
print("after rebind")
del h.v
print("after del attr")
h.v = N("third")
del h
print("end")
