# Chained assignment binds all targets to the same object
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = r = 1, 2
print(p, q, r)
lst = [0] * 3
lst[0] = lst[1] = 'v'
print(lst)
d = {}
d['a'] = d['b'] = 0
print(d)
i = lst[i] = 2
print(i, lst)
m = n = o = None
print(m is n is o is None)
