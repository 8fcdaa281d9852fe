# Tuple items are finalized from last to first when the tuple dies.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = tuple(N(i) for i in range(3))
t = None
print("end")
