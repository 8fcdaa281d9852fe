# Attribute reads and method calls at one site keep seeing class changes
# (the VM caches class lookups per name).
class A:
    x = 1

    def m(self):
        return "A.m"


def read(o):
    return o.x


def call(o):
    return o.m()


a = A()
for step in range(3):
    print(read(a), call(a))
A.x = 2
print(read(a))
A.m = lambda self: "lambda"
print(call(a))
del A.x
try:
    read(a)
except AttributeError as e:
    print(type(e).__name__, e)
a.x = "inst"
print(read(a))
A.x = property(lambda self: "prop")
print(read(a))          # a data descriptor wins over the instance dict
del A.x
print(read(a))
a.m = lambda: "shadow"
print(call(a))
del a.m
print(call(a))


class B:
    x = "B"

    def m(self):
        return "B.m"


a.__class__ = B
del a.x
print(read(a), call(a))


class Base:
    def m(self):
        return "Base.m"


class Sub(Base):
    pass


s = Sub()
print(call(s))
Base.m = lambda self: "Base.m2"
print(call(s))
Sub.m = lambda self: "Sub.m"
print(call(s))
