# += on a list mutates in place; on a tuple it rebinds
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
lst = [1]
lst += "ab"
print(lst)
lst += range(2)
print(lst)
lst *= 2
print(lst)
d = {'a': [1]}
d['a'] += [2]
print(d)
m = [[0], [1]]
m[1] += [5]
print(m)
s = {1, 2}
s |= {3}
s &= {1, 3, 4}
print(sorted(s))
s -= {1}
print(s)
s ^= {3, 9}
print(s)
