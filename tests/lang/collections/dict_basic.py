# dict creation, access, update, deletion
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, 'b' in d, 'a' in d, 'z' not in d)
print(dict(), dict(x=1, y=2), dict([('p', 1), ('q', 2)]), dict({'m': 1}, n=2))
print(dict(zip("abc", range(3))))
print({}, {1: {2: {3: 4}}}, {(1, 2): 'tuple', 3.5: 'float', None: 'none', True: 't'})
e = {'x': 1, 'x': 2}
print(e)
keys = [5, 3, 9, 1]
m = {}
for k in keys:
    m[k] = k * k
print(m, list(m))
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print({1: 'a'} | {2: 'b'}, {1: 'a', 2: 'x'} | {2: 'b'})
f = {1: 0}
f |= {3: 3}
print(f)
