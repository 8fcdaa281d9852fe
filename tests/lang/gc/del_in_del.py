# A finalizer that drops the last reference to another object triggers its __del__.
class N:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other

    def __del__(self):
        print("enter del", self.name)
        self.other = None
        print("leave del", self.name)


x = N("outer", N("inner"))
del x
print("end")
