# dict methods
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.keys(), d.values(), d.items())
print(d.pop('b'), d, d.pop('zz', 'dflt'))
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d['n'].append(1)
print(d)
d.update({'a': -1, 'e': 5})
d.update([('f', 6)])
d.update(g=7)
print(d)
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(len(d), len(c))
print(dict.fromkeys(['x', 'y']), dict.fromkeys(range(3), 0))
c.clear()
print(c)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
