# arbitrary attributes live in __dict__
def f():
    return f.counter
f.counter = 5
print(f(), f.__dict__)
f.__dict__["other"] = 1
print(f.other)
del f.counter
print(sorted(f.__dict__))
try:
    f.counter
except AttributeError as e:
    print(e)
try:
    f.__dict__ = 3
except TypeError as e:
    print(e)
f.__dict__ = {"z": 1}
print(f.z)
