# dict views are live and support set operations
d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
it = d.items()
d['c'] = 3
print(list(k), list(v), list(it), len(k))
print('a' in k, 1 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}))
for key in d.keys():
    print(key, d[key])
for key, val in d.items():
    print(key, '->', val)
print(sum(d.values()), max(d), min(d.values()))
del d['a']
print(list(k), list(reversed(d)), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys() == {'b', 'c'}, list(d.items())[0])
