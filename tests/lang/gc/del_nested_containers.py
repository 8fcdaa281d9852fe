# Nested containers release their contents when the outer one dies.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


outer = {"list": [N("in-list")], "tuple": (N("in-tuple"),), "set": {N("in-set")}}
print("built")
del outer["list"]
print("list gone")
outer = None
print("end")
