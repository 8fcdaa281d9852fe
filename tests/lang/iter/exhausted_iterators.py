# exhausted builtin iterators stay exhausted, even after the container grows
a = [1]
it = iter(a)
print(list(it), list(it))
a.append(2)
print(list(it))
d = {1: 2}
di = iter(d)
print(list(di))
d[3] = 4
print(list(di))
e = enumerate('a')
print(list(e), list(e))
z = zip('a', 'b')
print(list(z), list(z))
m = map(abs, [-1])
print(list(m), list(m))
