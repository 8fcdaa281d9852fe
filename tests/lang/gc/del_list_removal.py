# __del__ runs when an object is removed from a container.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lst = [N("a"), N("b"), N("c")]
print("pop")
lst.pop()
print("remove by index")
del lst[0]
print("assign")
lst[0] = None
print("end", lst)
