# A list frees its items first to last; a dict in insertion order.
class P:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = [P(1), P(2), P(3)]
del l
d = {"a": P("a"), "b": P("b")}
del d
t = (P("t1"), P("t2"))
del t
print("done")
