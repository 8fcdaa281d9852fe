# dicts preserve insertion order, even across deletion and reinsertion
d = {}
for k in [10, 3, 7, 1, 99, -5]:
    d[k] = str(k)
print(list(d))
del d[7]
d[7] = 'again'
print(list(d))
d[3] = 'updated'
print(d)
d2 = {'z': 1, 'y': 2, 'x': 3}
print(list(d2.keys()), list(d2.values()))
big = {}
for i in range(1000):
    big[(i * 7919) % 1000] = i
print(list(big)[:10], len(big))
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:10], len(big))
for i in range(0, 20, 2):
    big[i] = 'n'
print(list(big)[-10:])
s = {}
s['b'] = 1; s['a'] = 2; s.pop('b'); s['b'] = 3
print(s)
