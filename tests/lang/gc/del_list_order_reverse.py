# Deleting a list finalizes its items from last to first; slices likewise.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lst = [N(i) for i in range(4)]
del lst
print("--")
lst = [N(i) for i in range(10, 14)]
del lst[1:3]
print("--")
lst.clear()
print("end")
