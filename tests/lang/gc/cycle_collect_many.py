# Many cycles of different shapes are all collected.
import gc


class N:
    instances = 0

    def __init__(self):
        N.instances += 1

    def __del__(self):
        N.instances -= 1


gc.disable()
for i in range(200):
    a, b, c = N(), N(), N()
    a.n, b.n, c.n = b, c, a
    d = {"self": None}
    d["self"] = d
    l = [N()]
    l.append(l)
print(N.instances > 0)
del a, b, c, d, l
gc.collect()
print(N.instances)
gc.enable()
