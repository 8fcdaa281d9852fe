# One attribute site used with many classes, instance dicts of different
# layouts, and __getattr__/__slots__/descriptors appearing between calls.
def get(o):
    return o.v


def put(o, v):
    o.v = v


classes = []
for i in range(7):
    classes.append(type(f"C{i}", (), {"w": i}))
objs = []
for i, c in enumerate(classes):
    o = c()
    for j in range(i):
        setattr(o, f"pad{j}", j)  # a different dict layout per class
    put(o, i * 10)
    objs.append(o)
for rep in range(3):
    print([get(o) for o in objs])
for o in objs:
    put(o, get(o) + 1)
print([get(o) for o in objs])
del objs[3].v
try:
    get(objs[3])
except AttributeError as e:
    print(type(e).__name__, e)
classes[3].__getattr__ = lambda self, name: "fallback " + name
print(get(objs[3]))


class S:
    __slots__ = ("v",)


s = S()
put(s, 5)
print(get(s))
del s.v
try:
    get(s)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Log:
    def __get__(self, obj, owner):
        return "got"

    def __set__(self, obj, value):
        print("set", value)


class D:
    pass


d = D()
put(d, 1)
print(get(d))
D.v = Log()
put(d, 2)
print(get(d), d.__dict__)
