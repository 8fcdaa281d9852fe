# Mutable class attributes are shared; assignment on an instance shadows
class C:
    shared = []
    count = 0
a, b = C(), C()
a.shared.append(1)
print(b.shared, C.shared is a.shared)
a.count += 1
print(a.count, b.count, C.count, 'count' in vars(a))
C.count = 10
print(a.count, b.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(e)
try:
    del C.missing
except AttributeError as e:
    print(e)
