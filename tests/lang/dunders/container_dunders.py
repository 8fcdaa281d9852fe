# __getitem__/__setitem__/__delitem__/__len__ with ints, slices and tuples
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print('get', k); return self.d.get(k, 0)
    def __setitem__(self, k, v): print('set', k, v); self.d[k] = v
    def __delitem__(self, k): print('del', k); del self.d[k]
    def __len__(self): return len(self.d)
g = Grid()
g[1, 2] = 'a'
g[0] = 'b'
print(g[1, 2], g[5], len(g))
g[1:3]
g[::2]
g[1:2, ...]
del g[0]
print(len(g))
g[0] += 1 if False else 0
g['k'] = [1]
g['k'] += [2]
print(g.d['k'])
try:
    del g['nope']
except KeyError as e:
    print('KeyError', e)
