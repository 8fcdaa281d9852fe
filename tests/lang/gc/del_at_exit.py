# Objects still alive at exit are finalized during shutdown.
class P:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


keep = P("global")
cycle = P("cycle")
cycle.me = cycle
print("end of script")
