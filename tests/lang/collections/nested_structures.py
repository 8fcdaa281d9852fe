# Nested lists/dicts/tuples
data = {
    'users': [
        {'name': 'ann', 'tags': ['admin', 'dev'], 'age': 31},
        {'name': 'bob', 'tags': [], 'age': 25},
    ],
    'meta': {'count': 2, 'pos': (1, 2)},
}
print(data['users'][0]['tags'][1])
print(data['meta']['pos'][-1])
data['users'][1]['tags'].append('ops')
print(data['users'][1])
print([u['name'] for u in data['users'] if u['age'] > 26])
print(sum([u['age'] for u in data['users']]))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[i] for i, row in enumerate(grid)])
print([[grid[c][r] for c in range(3)] for r in range(3)])
print(data)
a = [1]
a.append(a)
print(a)
d = {}
d['self'] = d
print(d)
