# A proxy forwards attribute get/set/del and raises ReferenceError once dead.
import weakref


class O:
    def __init__(self):
        self.x = 1


o = O()
p = weakref.proxy(o)
print(p.x)
p.y = 2
print(o.y)
del p.x
print(hasattr(o, "x"))
print(type(p).__name__)
del o
for op in (lambda: p.y, lambda: setattr(p, "z", 1)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
