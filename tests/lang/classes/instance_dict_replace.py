# An instance's __dict__ can be replaced, deleted (a new one appears) but not set to a non-dict
class A:
    def __init__(self): self.x = 1
a = A()
print(a.__dict__ is vars(a), vars(a))
a.__dict__ = {'y': 2}
print(a.y, hasattr(a, 'x'))
del a.__dict__
print(vars(a))
a.z = 3
print(vars(a))
for bad in (5, None, [('k', 1)]):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(e)
class D(dict): pass
a.__dict__ = D(w=1)
print(a.w, type(a.__dict__).__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
vars(a, 1)
