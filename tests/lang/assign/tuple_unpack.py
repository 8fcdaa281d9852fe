# Tuple unpacking in its various spellings
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = (3, 4)
print(c, d)
e, = [5]
print(e)
(f,) = (6,)
print(f)
x, y, z = "xyz"
print(x, y, z)
p, q = range(2)
print(p, q)
(m, n), o = (7, 8), 9
print(m, n, o)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
t = 10, 20, 30
u, v, w = t
print(u, v, w)
d = {'k1': 1, 'k2': 2}
k1, k2 = d
print(k1, k2)
r1, r2 = {'a': 1}.items(), 0
print(list(r1), r2)
