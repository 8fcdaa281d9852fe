# dict subclass: which overrides builtin operations see (as CPython)
class D(dict):
    def __getitem__(self, k):
        return ('custom', dict.__getitem__(self, k))
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
    def keys(self):
        return ['overridden']
d = D(a=1)            # constructor bypasses __setitem__
print(dict.__repr__(d), d['a'])
d['b'] = 5            # goes through __setitem__
print(sorted(dict.items(d)))
print(d.get('a'))     # dict.get ignores __getitem__
print(dict(d))        # dict() of a dict subclass: copies storage
d.update(c=3)         # update bypasses __setitem__
print(d.get('c'), list(iter(d)))
print({**d})          # ** unpacking
print(type(d.copy()).__name__, type(d | {}).__name__)
