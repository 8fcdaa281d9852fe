import types
class E:
    def __init__(self, *r): self.r = r
    def __mro_entries__(self, bases):
        print('entries', len(bases))
        return self.r
print(types.resolve_bases((int, str)))
print(types.resolve_bases((E(int, str), float)))
print(types.resolve_bases((E(), float)))
print(types.resolve_bases([E(dict)]))
class Bad:
    def __mro_entries__(self, bases): return [int]
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print('TypeError', e)
try:
    class C(Bad()): pass
except TypeError as e:
    print('TypeError', e)
