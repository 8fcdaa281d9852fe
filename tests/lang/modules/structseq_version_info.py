import sys
v = sys.version_info
print(v[:2], v.major, v.minor, type(v.micro), v.releaselevel, v.serial, len(v), v >= (3, 8), tuple(v)[:3] == v[:3])
print(type(v).__name__, isinstance(v, tuple), list(v)[:2], v[-1], v.index(v.minor), v.count(0) >= 1)
try:
    v.major = 4
except AttributeError as e:
    print(e)
try:
    type(v)((1, 2, 3, 'final', 0))
except TypeError as e:
    print(e)
a, b, *_ = v
print(a, b, hash(v) == hash(tuple(v)), v == tuple(v), repr(v).startswith('sys.version_info(major=3, minor=11'))
