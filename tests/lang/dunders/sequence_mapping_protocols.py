# Builtins consuming user sequences (__getitem__/__len__) and mappings (keys()/__getitem__), with errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
    def __iadd__(self, o): self.v += o; return self
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
t(lambda: sorted(V([3, 1, 2])))
t(lambda: list(reversed(V([1, 2]))))
t(lambda: min(V([4, 2])))
t(lambda: 'x' in V('xyz'))
t(lambda: dict.fromkeys(V('ab')))
t(lambda: set(V([1, 1])))
t(lambda: ''.join(V('ab')))
t(lambda: list(enumerate(V('ab'))))
t(lambda: list(zip(V('ab'), V('cd'))))
t(lambda: any(V([0, 1])))
t(lambda: [*V('ab'), *V('c')])
t(lambda: {**V('a')})
t(lambda: dict(V(['ab'])))
class Mp:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
t(lambda: dict(Mp()))
t(lambda: {**Mp()})
t(lambda: (lambda **kw: kw)(**Mp()))
t(lambda: dict(Mp(), c=1))
d = {}
t(lambda: d.update(Mp()) or d)
class BadKeys:
    def keys(self): return 5
    def __getitem__(self, k): return k
t(lambda: dict(BadKeys()))
t(lambda: {**BadKeys()})
t(lambda: (lambda **kw: kw)(**5))
t(lambda: (lambda *a: a)(*5))
t(lambda: print(*V(5)))
