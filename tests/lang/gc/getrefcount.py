# sys.getrefcount in the seeds' cases (the argument itself counts once).
import sys


class Person:
    pass


p1 = Person()
print(sys.getrefcount(p1))
p2 = p1
print(sys.getrefcount(p1))
del p2
print(sys.getrefcount(p1))


def show(obj):
    return sys.getrefcount(obj)


print(show(p1))
holder = [p1]
print(sys.getrefcount(p1))
holder.append(p1)
print(sys.getrefcount(p1))
holder.clear()
print(sys.getrefcount(p1))
d = {"a": p1}
print(sys.getrefcount(p1))
del d
print(sys.getrefcount(p1))
print(sys.getrefcount(object()))
