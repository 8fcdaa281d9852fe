# deleting and re-adding a key (same size) during iteration: "keys changed"
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        del d['c']
        d['z'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
d = {'a': 1, 'b': 2}
try:
    for k in d.keys():
        d.pop('a')
        d['a'] = 3
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
d = {'a': 1, 'b': 2}
try:
    for v in reversed(d.values()):
        d.pop('a')
        d['q'] = 3
except RuntimeError as e:
    print('RuntimeError:', e)
