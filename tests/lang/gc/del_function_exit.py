# Locals are finalized when the function returns.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def work():
    a = N("local-a")
    b = N("local-b")
    print("in work")
    return "done"


print(work())


def keep():
    n = N("kept")
    return n


k = keep()
print("returned")
del k
print("end")
