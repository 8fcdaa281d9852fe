# Generator locals are finalized when the generator is closed or dropped.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(name):
    n = N(name)
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = gen("g1")
next(g)
g.close()
print("closed")
g = gen("g2")
next(g)
del g
print("dropped")
g = gen("g3")
print(list(g))
print("exhausted")
