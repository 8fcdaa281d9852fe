# Slice assignment and deletion
a = list(range(8))
a[2:4] = ['a', 'b', 'c']; print(a)
a[:0] = [-1]; print(a)
a[len(a):] = [99]; print(a)
a[1:3] = []; print(a)
a[:] = "xyz"; print(a)
b = list(range(10))
b[::2] = [0] * 5; print(b)
b[::-3] = 'abcd'; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3, 4, 5]
del c[1:4]; print(c)
c = list(range(10))
del c[::3]; print(c)
del c[-2:]; print(c)
d = [1, 2, 3]
d[1:2] = range(5); print(d)
d[5:1] = ['ins']; print(d)
e = [1, 2, 3]
e[-1:] = [30, 40]; print(e)
f = [0, 1, 2, 3]
f[1:3] = f; print(f)
